using System.Text.Encodings.Web;
using System.Text.Unicode;
using LegalSearch.Web.Endpoints;
using LegalSearch.Web.Index;
using LegalSearch.Web.Options;
using LegalSearch.Web.Search;
using LegalSearch.Web.Search.Highlighting;
using LegalSearch.Web.Search.Parsing;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOptions<IndexOptions>().Bind(builder.Configuration.GetSection(IndexOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<CorpusOptions>().Bind(builder.Configuration.GetSection(CorpusOptions.Section)).ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(sp => new SearcherProvider(Path.GetFullPath(sp.GetRequiredService<IOptions<IndexOptions>>().Value.Path)));
builder.Services.AddSingleton<SearchQueryParser>();
builder.Services.AddSingleton<SnippetHighlighter>();
builder.Services.AddSingleton<SearchService>();
builder.Services.AddSingleton<StatuteService>();
builder.Services.AddHostedService<SearcherRefresher>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();

var app = builder.Build();

var indexPath = Path.GetFullPath(app.Services.GetRequiredService<IOptions<IndexOptions>>().Value.Path);
IndexBootstrapper.EnsureIndex(indexPath, app.Services.GetRequiredService<IOptions<CorpusOptions>>().Value, app.Logger);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.MapApiEndpoints();
app.MapPageEndpoints();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
