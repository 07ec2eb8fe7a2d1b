using System.Security.Cryptography;
using System.Text;

namespace LegalSearch.Web.Reindexing;

/// <summary>
/// Checks "Authorization: Bearer &lt;token&gt;" against the admin token in constant time: both sides are hashed to
/// 32 bytes first, so neither the content nor the length of the token leaks through timing.
/// </summary>
public sealed class BearerToken(string token)
{
    private readonly byte[] expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public bool Matches(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
