using System.Security.Cryptography;
using System.Text;

namespace ClinicKit.Content.Authoring;

/// <summary>Keys derived from names, so running a command again writes the same files instead of duplicates.</summary>
public static class DeterministicKeys
{
    /// <summary>A name-based GUID (RFC 9562 version 5 layout, SHA-256 truncated) for the parts joined by '/'.</summary>
    public static Guid For(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("clinickit/" + string.Join('/', parts).ToLowerInvariant()));
        hash[7] = (byte)((hash[7] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }
}
