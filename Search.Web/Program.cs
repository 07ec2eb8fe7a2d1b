using System.Text.Encodings.Web;
using System.Text.Unicode;
using LegalSearch.Web.Endpoints;
using LegalSearch.Web.Index;
using LegalSearch.Web.Localization;
using LegalSearch.Web.Limits;
using LegalSearch.Web.Options;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Backend.Lucene;
using LegalSearch.Web.Security;
using Scalar.AspNetCore;
using LegalSearch.Web.Search.Translation;
using Microsoft.Extensions.Options;

// Content root (appsettings.json) and web root (wwwroot/site.css) are the app's own folder, whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddRequestLimits();

builder.Services.AddOptions<IndexOptions>().Bind(builder.Configuration.GetSection(IndexOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<CorpusOptions>().Bind(builder.Configuration.GetSection(CorpusOptions.Section)).ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
var contentRoot = builder.Environment.ContentRootPath;
builder.Services.AddLuceneSearchBackend(sp => DataPaths.Resolve(sp.GetRequiredService<IOptions<IndexOptions>>().Value.Path, contentRoot));
builder.Services.AddQueryTranslation(builder.Configuration);
builder.Services.AddSearchServices();
builder.Services.AddSingleton<RefreshStatus>();
builder.Services.AddHostedService<SearcherRefresher>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddRazorComponents();
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddHttpContextAccessor();
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.AddSingleton<ValueNames>();
builder.Services.AddOpenApi();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();

var app = builder.Build();

var indexPath = DataPaths.Resolve(app.Services.GetRequiredService<IOptions<IndexOptions>>().Value.Path, contentRoot);
var corpusPaths = app.Services.GetRequiredService<IOptions<CorpusOptions>>().Value.Effective.Select(p => DataPaths.Resolve(p, contentRoot)).ToList();
IndexBootstrapper.EnsureIndex(indexPath, corpusPaths, app.Services.GetRequiredService<IOptions<CorpusOptions>>().Value.Ocr, app.Logger);

app.UseSecurityHeaders();
app.UseRequestLocalization(UiLanguage.Options());
app.UseUiLanguageCookie();
app.UseExceptionHandler();
app.UseStatusCodePages(context => ErrorResponses.WriteStatusAsync(context.HttpContext));
app.UseRequestLimits();
app.UseStaticFiles();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapApiEndpoints();
app.MapPageEndpoints();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
