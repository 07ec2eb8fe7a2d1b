using System.Text.Encodings.Web;
using System.Text.Unicode;
using LegalSearch.Web.Endpoints;
using LegalSearch.Web.Index;
using LegalSearch.Indexer.Indexing;
using LegalSearch.Web.Localization;
using LegalSearch.Web.Limits;
using LegalSearch.Web.Options;
using LegalSearch.Web.Reindexing;
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
builder.Services.AddOptions<ReindexOptions>().Bind(builder.Configuration.GetSection(ReindexOptions.Section))
    .Validate(ReindexOptions.IsValid, "Reindex:Schedule is not a valid cron expression").ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
var contentRoot = builder.Environment.ContentRootPath;
builder.Services.AddSingleton(sp =>
{
    var corpus = sp.GetRequiredService<IOptions<CorpusOptions>>().Value;
    return new ReindexTarget(
        DataPaths.Resolve(sp.GetRequiredService<IOptions<IndexOptions>>().Value.Path, contentRoot),
        corpus.Effective.Select(p => DataPaths.Resolve(p, contentRoot)).ToList(),
        corpus.Ocr);
});
builder.Services.AddLuceneSearchBackend(sp => sp.GetRequiredService<ReindexTarget>().IndexPath);
builder.Services.AddQueryTranslation(builder.Configuration);
builder.Services.AddSearchServices();
builder.Services.AddSingleton(sp => new IndexingService(sp.GetRequiredService<TimeProvider>()));
builder.Services.AddSingleton<ReindexCoordinator>();
builder.Services.AddHostedService<InitialIndexBuild>();
builder.Services.AddHostedService<ScheduledReindexer>();
builder.Services.AddSingleton<RefreshStatus>();
builder.Services.AddHostedService<SearcherRefresher>();
builder.Services.AddHostedService<SearchWarmup>();
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
app.MapAdminEndpoints(builder.Configuration.GetSection(AdminOptions.Section).Get<AdminOptions>()?.EffectiveToken());
app.MapPageEndpoints();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
