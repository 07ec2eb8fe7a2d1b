namespace LegalSearch.Indexer.Classification;

/// <summary>The offence codes of DESIGN.md with their Budapest Convention articles and labels in es/pt/en/fr.</summary>
public static class OffenceCatalog
{
    public sealed record Offence(string Code, string Articles, IReadOnlyDictionary<string, string> Labels);

    private static Offence Make(string code, string articles, string en, string es, string pt, string fr) =>
        new(code, articles, new Dictionary<string, string> { ["en"] = en, ["es"] = es, ["pt"] = pt, ["fr"] = fr });

    public static IReadOnlyList<Offence> All { get; } =
    [
        Make("illegal-access", "2", "Illegal access", "Acceso ilícito", "Acesso ilegal", "Accès illégal"),
        Make("illegal-interception", "3", "Illegal interception", "Interceptación ilícita", "Interceptação ilegal", "Interception illégale"),
        Make("data-interference", "4", "Data interference", "Ataques a la integridad de los datos", "Interferência em dados", "Atteinte à l'intégrité des données"),
        Make("system-interference", "5", "System interference", "Ataques a la integridad del sistema", "Interferência em sistemas", "Atteinte à l'intégrité du système"),
        Make("misuse-of-devices", "6", "Misuse of devices", "Abuso de los dispositivos", "Uso indevido de dispositivos", "Abus de dispositifs"),
        Make("computer-forgery", "7", "Computer-related forgery", "Falsificación informática", "Falsificação informática", "Falsification informatique"),
        Make("computer-fraud", "8", "Computer-related fraud", "Fraude informático", "Fraude informática", "Fraude informatique"),
        Make("child-sexual-abuse-material", "9", "Offences related to child pornography", "Pornografía infantil", "Pornografia infantil", "Pornographie enfantine"),
        Make("ip-infringement", "10", "Infringements of copyright and related rights", "Infracciones de la propiedad intelectual", "Violação de direitos autorais", "Atteintes à la propriété intellectuelle"),
        Make("attempt-aiding", "11", "Attempt and aiding or abetting", "Tentativa y complicidad", "Tentativa e cumplicidade", "Tentative et complicité"),
        Make("corporate-liability", "12", "Corporate liability", "Responsabilidad de las personas jurídicas", "Responsabilidade das pessoas jurídicas", "Responsabilité des personnes morales"),
        Make("expedited-preservation", "16, 17", "Expedited preservation of stored data", "Conservación rápida de datos", "Conservação expedita de dados", "Conservation rapide de données"),
        Make("production-order", "18", "Production order", "Orden de presentación", "Injunção de produção", "Injonction de produire"),
        Make("search-seizure", "19", "Search and seizure of stored computer data", "Registro y confiscación de datos", "Busca e apreensão de dados", "Perquisition et saisie de données"),
        Make("traffic-data-collection", "20", "Real-time collection of traffic data", "Obtención en tiempo real de datos de tráfico", "Recolha de dados de tráfego", "Collecte en temps réel des données relatives au trafic"),
        Make("content-interception", "21", "Interception of content data", "Interceptación de datos de contenido", "Interceptação de dados de conteúdo", "Interception de données relatives au contenu"),
        Make("mutual-assistance", "23–35", "International co-operation and mutual assistance", "Cooperación y asistencia mutua", "Cooperação e auxílio mútuo", "Coopération et entraide"),
        Make("personal-data-protection", "—", "Personal data protection", "Protección de datos personales", "Proteção de dados pessoais", "Protection des données personnelles"),
    ];

    public static bool IsKnown(string code) => All.Any(o => o.Code == code);
}
