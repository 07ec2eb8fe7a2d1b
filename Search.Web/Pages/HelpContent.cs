namespace LegalSearch.Web.Pages;

/// <summary>One form of the query language: an example (from the shared corpus) and what it does, per UI language.</summary>
public sealed record HelpForm(string Example, IReadOnlyDictionary<string, string> Meaning);

/// <summary>A section of /help: anchor (linked from syntax errors), title per UI language, forms.</summary>
public sealed record HelpSection(string Anchor, IReadOnlyDictionary<string, string> Title, IReadOnlyList<HelpForm> Forms);

/// <summary>What /help says, in en, es, pt and fr. Every form of the grammar (Search/Parsing) has a row here.</summary>
public static class HelpContent
{
    private static Dictionary<string, string> T(string en, string es, string pt, string fr) => new() { ["en"] = en, ["es"] = es, ["pt"] = pt, ["fr"] = fr };

    private static HelpForm F(string example, string en, string es, string pt, string fr) => new(example, T(en, es, pt, fr));

    public static IReadOnlyDictionary<string, string> Heading { get; } = T(
        "How to write a query", "Cómo escribir una consulta", "Como escrever uma consulta", "Comment écrire une requête");

    public static IReadOnlyDictionary<string, string> Intro { get; } = T(
        "Each example is a link that runs it over the indexed statutes. Under the search box, “How we read your query” shows how a query was understood; each part can be removed.",
        "Cada ejemplo es un enlace que la ejecuta sobre las leyes indexadas. Bajo la caja de búsqueda, «Cómo leímos su consulta» muestra cómo se entendió; cada parte puede quitarse.",
        "Cada exemplo é um link que a executa sobre as leis indexadas. Sob a caixa de busca, “Como lemos sua consulta” mostra como foi entendida; cada parte pode ser removida.",
        "Chaque exemple est un lien qui l’exécute sur les lois indexées. Sous la zone de recherche, « Comment nous avons lu votre requête » montre comment elle a été comprise ; chaque partie peut être retirée.");

    public static IReadOnlyDictionary<string, string> ExampleColumn { get; } = T("Example", "Ejemplo", "Exemplo", "Exemple");

    public static IReadOnlyDictionary<string, string> MeaningColumn { get; } = T("What it finds", "Qué encuentra", "O que encontra", "Ce qu’elle trouve");

    public static IReadOnlyList<HelpSection> Sections { get; } =
    [
        new("words", T("Words", "Palabras", "Palavras", "Mots"),
        [
            F("acceso abusivo",
                "Provisions with any of the words, those with all of them first; each word in every language’s stemmed text (accesos, acceso). A concept the words name (illegal access) is also searched in the other languages.",
                "Disposiciones con cualquiera de las palabras, primero las que las tienen todas; cada palabra en el texto de cada idioma (accesos, acceso). Un concepto nombrado (acceso ilícito) se busca también en los otros idiomas.",
                "Dispositivos com qualquer das palavras, primeiro os que têm todas; cada palavra no texto de cada idioma (acessos, acesso). Um conceito nomeado (acesso ilegal) também é buscado nos outros idiomas.",
                "Les dispositions avec l’un des mots, d’abord celles qui les ont tous ; chaque mot dans le texte de chaque langue. Un concept nommé (accès illégal) est aussi cherché dans les autres langues."),
            F("artículo 269A", "An article number (269A, 154-A, 211 bis 1, § 1030) ranks the articles so numbered first.",
                "Un número de artículo (269A, 154-A, 211 bis 1, § 1030) pone primero los artículos con ese número.",
                "Um número de artigo (269A, 154-A, 211 bis 1, § 1030) coloca primeiro os artigos com esse número.",
                "Un numéro d’article (269A, 154-A, 211 bis 1, § 1030) place d’abord les articles ainsi numérotés."),
            F("Decreto 999/1992", "A slash or other punctuation inside a citation is text.",
                "Una barra u otro signo dentro de una cita es texto.", "Uma barra ou outro sinal dentro de uma citação é texto.",
                "Une barre ou autre signe dans une citation est du texte."),
            F("acceso^2 sistema", "^n weighs a word n times as much.", "^n da n veces más peso a una palabra.", "^n dá n vezes mais peso a uma palavra.", "^n donne n fois plus de poids à un mot."),
        ]),
        new("phrases", T("Phrases", "Frases", "Frases", "Expressions"),
        [
            F("\"acceso abusivo\"", "The exact words in this order (accents and case do not matter).", "Las palabras exactas en este orden (sin importar tildes ni mayúsculas).",
                "As palavras exatas nesta ordem (acentos e maiúsculas não importam).", "Les mots exacts dans cet ordre (accents et majuscules indifférents)."),
            F("\"acceso sistema\"~5", "The words at most 5 moves apart.", "Las palabras a lo sumo a 5 movimientos.", "As palavras a no máximo 5 movimentos.", "Les mots à 5 déplacements au plus."),
        ]),
        new("proximity", T("Proximity", "Proximidad", "Proximidade", "Proximité"),
        [
            F("acceso NEAR/5 sistema", "Both words, at most 5 words apart, in either order (NEAR alone: 10).", "Ambas palabras, a lo sumo 5 palabras entre ellas, en cualquier orden (NEAR solo: 10).",
                "Ambas as palavras, com no máximo 5 palavras entre elas, em qualquer ordem (NEAR sozinho: 10).", "Les deux mots, à 5 mots au plus, dans n’importe quel ordre (NEAR seul : 10)."),
            F("acceso w/5 sistema", "The same as NEAR/5 (also /5).", "Igual que NEAR/5 (también /5).", "O mesmo que NEAR/5 (também /5).", "Comme NEAR/5 (aussi /5)."),
            F("sistema PRE/5 informático", "The first word before the second, at most 5 words apart.", "La primera palabra antes de la segunda, a lo sumo a 5 palabras.",
                "A primeira palavra antes da segunda, a no máximo 5 palavras.", "Le premier mot avant le second, à 5 mots au plus."),
            F("acceso /s autorización", "Both in the same sentence (also w/s).", "Ambas en la misma oración (también w/s).", "Ambas na mesma frase (também w/s).", "Les deux dans la même phrase (aussi w/s)."),
            F("acceso /p sistema", "Both in the same paragraph (also w/p).", "Ambas en el mismo párrafo (también w/p).", "Ambas no mesmo parágrafo (também w/p).", "Les deux dans le même paragraphe (aussi w/p)."),
            F("(acceso OR ingreso) NEAR/3 sistema", "Around a connector: words, phrases, prefixes and OR-groups.", "Alrededor de un conector: palabras, frases, prefijos y grupos con OR.",
                "Em volta de um conector: palavras, frases, prefixos e grupos com OR.", "Autour d’un connecteur : mots, expressions, préfixes et groupes OR."),
        ]),
        new("boolean", T("AND, OR, NOT, parentheses", "AND, OR, NOT, paréntesis", "AND, OR, NOT, parênteses", "AND, OR, NOT, parenthèses"),
        [
            F("acceso AND sistema", "Both words must be there.", "Deben estar ambas palabras.", "As duas palavras devem estar presentes.", "Les deux mots doivent y être."),
            F("datos OR información", "Either word (OR binds tighter than AND).", "Cualquiera de las palabras (OR une más fuerte que AND).", "Qualquer das palavras (OR liga mais forte que AND).", "L’un ou l’autre mot (OR lie plus fort que AND)."),
            F("acceso -abusivo", "Leaves out provisions with the word (also NOT abusivo), whatever else matches them.", "Excluye las disposiciones con la palabra (también NOT abusivo), coincida lo que coincida.",
                "Exclui os dispositivos com a palavra (também NOT abusivo), seja o que for que coincida.", "Écarte les dispositions qui ont le mot (aussi NOT abusivo), quoi qu’elles contiennent d’autre."),
            F("(acceso OR ingreso) AND sistema", "Parentheses group.", "Los paréntesis agrupan.", "Os parênteses agrupam.", "Les parenthèses regroupent."),
        ]),
        new("wildcards", T("Prefixes and wildcards", "Prefijos y comodines", "Prefixos e curingas", "Préfixes et jokers"),
        [
            F("informát*", "Words starting so (folded: informat* finds the same).", "Palabras que empiezan así (sin tildes: informat* encuentra lo mismo).",
                "Palavras que começam assim (sem acentos: informat* encontra o mesmo).", "Mots qui commencent ainsi (sans accents : informat* trouve la même chose)."),
            F("inform?tico", "? stands for one letter inside a word. A word cannot start with * or ?; regular expressions are not supported.",
                "? vale por una letra dentro de una palabra. Una palabra no puede empezar con * o ?; no se admiten expresiones regulares.",
                "? vale por uma letra dentro de uma palavra. Uma palavra não pode começar com * ou ?; expressões regulares não são aceitas.",
                "? remplace une lettre dans un mot. Un mot ne peut pas commencer par * ou ? ; les expressions régulières ne sont pas prises en charge."),
            F("acesso~1", "Words within 1 typing edit (up to ~2).", "Palabras a 1 error de tecleo (hasta ~2).", "Palavras a 1 erro de digitação (até ~2).", "Mots à 1 faute de frappe près (jusqu’à ~2)."),
        ]),
        new("fields", T("Fields", "Campos", "Campos", "Champs"),
        [
            F("country:CO acceso", "Only provisions of that country (ISO code, INT for treaties).", "Solo disposiciones de ese país (código ISO, INT para tratados).",
                "Só dispositivos desse país (código ISO, INT para tratados).", "Seulement les dispositions de ce pays (code ISO, INT pour les traités)."),
            F("lang:pt invasão", "Only provisions in that language.", "Solo disposiciones en ese idioma.", "Só dispositivos nesse idioma.", "Seulement les dispositions dans cette langue."),
            F("art:269A", "Only articles with that number.", "Solo los artículos con ese número.", "Só os artigos com esse número.", "Seulement les articles de ce numéro."),
            F("offence:illegal-access", "Only provisions classified under that offence (codes at /offences).", "Solo disposiciones clasificadas bajo ese delito (códigos en /offences).",
                "Só dispositivos classificados sob esse crime (códigos em /offences).", "Seulement les dispositions classées sous cette infraction (codes sur /offences)."),
            F("year:2009..2012 datos", "Only statutes of those years (year:2009 for one year).", "Solo leyes de esos años (year:2009 para un año).",
                "Só leis desses anos (year:2009 para um ano).", "Seulement les lois de ces années (year:2009 pour une année)."),
            F("statute:co-ley-1273-2009 sistema", "Only one statute.", "Solo una ley.", "Só uma lei.", "Une seule loi."),
            F("heading:acceso", "The words in the article’s heading.", "Las palabras en el epígrafe del artículo.", "As palavras na rubrica do artigo.", "Les mots dans l’intitulé de l’article."),
            F("notes:vigencia", "The words in the editorial notes.", "Las palabras en las notas editoriales.", "As palavras nas notas editoriais.", "Les mots dans les notes éditoriales."),
        ]),
        new("limits", T("Limits", "Límites", "Limites", "Limites"),
        [
            F("foo:bar", "An unknown field, a bad value, more than 2,000 characters or 1,024 words, or more than 32 nested parentheses: the error says what and where.",
                "Un campo desconocido, un valor incorrecto, más de 2.000 caracteres o 1.024 palabras, o más de 32 paréntesis anidados: el error dice qué y dónde.",
                "Um campo desconhecido, um valor inválido, mais de 2.000 caracteres ou 1.024 palavras, ou mais de 32 parênteses aninhados: o erro diz o quê e onde.",
                "Un champ inconnu, une valeur invalide, plus de 2 000 caractères ou 1 024 mots, ou plus de 32 parenthèses imbriquées : l’erreur dit quoi et où."),
        ]),
    ];
}
