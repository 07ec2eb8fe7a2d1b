using System.Runtime.CompilerServices;

// The benchmark reports per-stage figures (running-header words removed, page kinds) that are not part of the public API.
[assembly: InternalsVisibleTo("LegalSearch.Bench")]
