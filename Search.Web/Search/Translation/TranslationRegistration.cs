using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LegalSearch.Web.Search.Translation;

/// <summary>
/// Registers query translation: one <see cref="ApertiumTranslator"/> for the process (its pipelines disposed with the
/// container), warmed in the background at start-up, or <see cref="NoTranslator"/> when Apertium is not installed
/// or <c>Translation:Enabled</c> is false.
/// </summary>
public static class TranslationRegistration
{
    public static IServiceCollection AddQueryTranslation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TranslationOptions>().Bind(configuration.GetSection(TranslationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IQueryTranslator>(sp =>
        {
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApertiumTranslator));
            var options = sp.GetRequiredService<IOptions<TranslationOptions>>().Value;
            IQueryTranslator translator = (IQueryTranslator?)ApertiumTranslator.Create(options, logger) ?? new NoTranslator();
            logger.LogInformation("Query translation: {State}", translator.Available ? "Apertium" : "off (Apertium not installed or disabled)");
            return translator;
        });
        services.AddHostedService<TranslatorWarmup>();
        return services;
    }

    /// <summary>Without <see cref="AddQueryTranslation"/>: search runs on the user's words and the lexicon only.</summary>
    public static IServiceCollection AddNoQueryTranslation(this IServiceCollection services)
    {
        services.TryAddSingleton<IQueryTranslator, NoTranslator>();
        return services;
    }
}
