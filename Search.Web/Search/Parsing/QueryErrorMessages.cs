using System.Globalization;

namespace LegalSearch.Web.Search.Parsing;

/// <summary>The message of each <see cref="QueryErrorKind"/> in the UI languages (en, es, pt, fr); {0}, {1} are the error's arguments.</summary>
public static class QueryErrorMessages
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "es", "pt", "fr"];

    /// <summary>The message in <paramref name="uiLanguage"/> (English when we have no text in it), with the position.</summary>
    public static string Format(QueryError error, string uiLanguage)
    {
        var texts = Messages.TryGetValue(uiLanguage, out var found) ? found : Messages["en"];
        var message = string.Format(CultureInfo.InvariantCulture, texts[error.Kind], [.. error.Arguments.Cast<object>(), "", ""]);
        return string.Format(CultureInfo.InvariantCulture, Positions[Languages.Contains(uiLanguage) ? uiLanguage : "en"], message, error.Position + 1);
    }

    private static readonly Dictionary<string, string> Positions = new()
    {
        ["en"] = "{0} (at character {1})",
        ["es"] = "{0} (en el carácter {1})",
        ["pt"] = "{0} (no caractere {1})",
        ["fr"] = "{0} (au caractère {1})",
    };

    private static readonly Dictionary<string, Dictionary<QueryErrorKind, string>> Messages = new()
    {
        ["en"] = new()
        {
            [QueryErrorKind.Empty] = "The query is empty: type the words to search for",
            [QueryErrorKind.TooLong] = "The query is longer than {0} characters",
            [QueryErrorKind.TooManyClauses] = "The query has more than {0} words and filters",
            [QueryErrorKind.TooDeep] = "The query nests parentheses more than {0} deep",
            [QueryErrorKind.UnterminatedPhrase] = "This quotation mark opens a phrase that is never closed",
            [QueryErrorKind.UnclosedGroup] = "This parenthesis is never closed",
            [QueryErrorKind.UnexpectedClosingParenthesis] = "This parenthesis closes nothing",
            [QueryErrorKind.EmptyGroup] = "These parentheses hold nothing to search for",
            [QueryErrorKind.MissingOperand] = "“{0}” needs something to search for on both sides (or after NOT and -)",
            [QueryErrorKind.UnknownField] = "There is no field “{0}”; the fields are {1}",
            [QueryErrorKind.MissingFieldValue] = "The field “{0}:” needs a value right after the colon",
            [QueryErrorKind.InvalidFieldValue] = "“{1}” is not a value the field “{0}:” takes",
            [QueryErrorKind.RegularExpression] = "Regular expressions are not supported; use * at the end of a word or ? inside it",
            [QueryErrorKind.LeadingWildcard] = "A word cannot start with * or ?; put them after the first letters (informát*)",
            [QueryErrorKind.UnknownConnector] = "“{0}” is not a connector; use /s, /p, w/5, NEAR/5 or PRE/5",
            [QueryErrorKind.InvalidDistance] = "The distance must be a whole number up to {0}",
            [QueryErrorKind.InvalidProximityOperand] = "Only words, phrases, prefixes and OR-groups can stand around a proximity connector",
            [QueryErrorKind.ExclusionInAlternative] = "An exclusion (NOT, -) cannot be one of the alternatives of OR",
            [QueryErrorKind.OnlyExclusions] = "The query only excludes; add a word or a filter to search for",
            [QueryErrorKind.NoSearchableWords] = "There are no searchable words here (only common words or punctuation)",
        },
        ["es"] = new()
        {
            [QueryErrorKind.Empty] = "La consulta está vacía: escriba las palabras que busca",
            [QueryErrorKind.TooLong] = "La consulta tiene más de {0} caracteres",
            [QueryErrorKind.TooManyClauses] = "La consulta tiene más de {0} palabras y filtros",
            [QueryErrorKind.TooDeep] = "La consulta anida paréntesis más de {0} niveles",
            [QueryErrorKind.UnterminatedPhrase] = "Estas comillas abren una frase que no se cierra",
            [QueryErrorKind.UnclosedGroup] = "Este paréntesis no se cierra",
            [QueryErrorKind.UnexpectedClosingParenthesis] = "Este paréntesis no cierra nada",
            [QueryErrorKind.EmptyGroup] = "Estos paréntesis no contienen nada que buscar",
            [QueryErrorKind.MissingOperand] = "«{0}» necesita algo que buscar a ambos lados (o después de NOT y -)",
            [QueryErrorKind.UnknownField] = "No existe el campo «{0}»; los campos son {1}",
            [QueryErrorKind.MissingFieldValue] = "El campo «{0}:» necesita un valor justo después de los dos puntos",
            [QueryErrorKind.InvalidFieldValue] = "«{1}» no es un valor válido para el campo «{0}:»",
            [QueryErrorKind.RegularExpression] = "No se admiten expresiones regulares; use * al final de una palabra o ? dentro de ella",
            [QueryErrorKind.LeadingWildcard] = "Una palabra no puede empezar con * o ?; póngalos después de las primeras letras (informát*)",
            [QueryErrorKind.UnknownConnector] = "«{0}» no es un conector; use /s, /p, w/5, NEAR/5 o PRE/5",
            [QueryErrorKind.InvalidDistance] = "La distancia debe ser un número entero de hasta {0}",
            [QueryErrorKind.InvalidProximityOperand] = "Alrededor de un conector de proximidad solo caben palabras, frases, prefijos y grupos con OR",
            [QueryErrorKind.ExclusionInAlternative] = "Una exclusión (NOT, -) no puede ser una de las alternativas de OR",
            [QueryErrorKind.OnlyExclusions] = "La consulta solo excluye; añada una palabra o un filtro que buscar",
            [QueryErrorKind.NoSearchableWords] = "Aquí no hay palabras que buscar (solo palabras comunes o signos)",
        },
        ["pt"] = new()
        {
            [QueryErrorKind.Empty] = "A consulta está vazia: digite as palavras que procura",
            [QueryErrorKind.TooLong] = "A consulta tem mais de {0} caracteres",
            [QueryErrorKind.TooManyClauses] = "A consulta tem mais de {0} palavras e filtros",
            [QueryErrorKind.TooDeep] = "A consulta aninha parênteses mais de {0} níveis",
            [QueryErrorKind.UnterminatedPhrase] = "Estas aspas abrem uma frase que nunca é fechada",
            [QueryErrorKind.UnclosedGroup] = "Este parêntese nunca é fechado",
            [QueryErrorKind.UnexpectedClosingParenthesis] = "Este parêntese não fecha nada",
            [QueryErrorKind.EmptyGroup] = "Estes parênteses não contêm nada para procurar",
            [QueryErrorKind.MissingOperand] = "“{0}” precisa de algo para procurar dos dois lados (ou depois de NOT e -)",
            [QueryErrorKind.UnknownField] = "Não existe o campo “{0}”; os campos são {1}",
            [QueryErrorKind.MissingFieldValue] = "O campo “{0}:” precisa de um valor logo após os dois-pontos",
            [QueryErrorKind.InvalidFieldValue] = "“{1}” não é um valor válido para o campo “{0}:”",
            [QueryErrorKind.RegularExpression] = "Expressões regulares não são aceitas; use * no fim de uma palavra ou ? dentro dela",
            [QueryErrorKind.LeadingWildcard] = "Uma palavra não pode começar com * ou ?; coloque-os depois das primeiras letras (informát*)",
            [QueryErrorKind.UnknownConnector] = "“{0}” não é um conector; use /s, /p, w/5, NEAR/5 ou PRE/5",
            [QueryErrorKind.InvalidDistance] = "A distância deve ser um número inteiro até {0}",
            [QueryErrorKind.InvalidProximityOperand] = "Em volta de um conector de proximidade só cabem palavras, frases, prefixos e grupos com OR",
            [QueryErrorKind.ExclusionInAlternative] = "Uma exclusão (NOT, -) não pode ser uma das alternativas de OR",
            [QueryErrorKind.OnlyExclusions] = "A consulta só exclui; acrescente uma palavra ou um filtro para procurar",
            [QueryErrorKind.NoSearchableWords] = "Aqui não há palavras para procurar (só palavras comuns ou sinais)",
        },
        ["fr"] = new()
        {
            [QueryErrorKind.Empty] = "La requête est vide : saisissez les mots à chercher",
            [QueryErrorKind.TooLong] = "La requête dépasse {0} caractères",
            [QueryErrorKind.TooManyClauses] = "La requête compte plus de {0} mots et filtres",
            [QueryErrorKind.TooDeep] = "La requête imbrique des parenthèses sur plus de {0} niveaux",
            [QueryErrorKind.UnterminatedPhrase] = "Ces guillemets ouvrent une expression qui n’est jamais fermée",
            [QueryErrorKind.UnclosedGroup] = "Cette parenthèse n’est jamais fermée",
            [QueryErrorKind.UnexpectedClosingParenthesis] = "Cette parenthèse ne ferme rien",
            [QueryErrorKind.EmptyGroup] = "Ces parenthèses ne contiennent rien à chercher",
            [QueryErrorKind.MissingOperand] = "« {0} » demande quelque chose à chercher des deux côtés (ou après NOT et -)",
            [QueryErrorKind.UnknownField] = "Le champ « {0} » n’existe pas ; les champs sont {1}",
            [QueryErrorKind.MissingFieldValue] = "Le champ « {0}: » demande une valeur juste après les deux-points",
            [QueryErrorKind.InvalidFieldValue] = "« {1} » n’est pas une valeur admise par le champ « {0}: »",
            [QueryErrorKind.RegularExpression] = "Les expressions régulières ne sont pas prises en charge ; utilisez * en fin de mot ou ? à l’intérieur",
            [QueryErrorKind.LeadingWildcard] = "Un mot ne peut pas commencer par * ou ? ; placez-les après les premières lettres (informat*)",
            [QueryErrorKind.UnknownConnector] = "« {0} » n’est pas un connecteur ; utilisez /s, /p, w/5, NEAR/5 ou PRE/5",
            [QueryErrorKind.InvalidDistance] = "La distance doit être un nombre entier jusqu’à {0}",
            [QueryErrorKind.InvalidProximityOperand] = "Seuls des mots, expressions, préfixes et groupes OR peuvent entourer un connecteur de proximité",
            [QueryErrorKind.ExclusionInAlternative] = "Une exclusion (NOT, -) ne peut pas être une des alternatives de OR",
            [QueryErrorKind.OnlyExclusions] = "La requête ne fait qu’exclure ; ajoutez un mot ou un filtre à chercher",
            [QueryErrorKind.NoSearchableWords] = "Il n’y a ici aucun mot à chercher (seulement des mots courants ou des signes)",
        },
    };
}
