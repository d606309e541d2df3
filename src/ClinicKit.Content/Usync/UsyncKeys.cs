using Umbraco.Extensions;

namespace ClinicKit.Content.Usync;

/// <summary>The keys uSync derives rather than stores: languages and domains have no persistent key of their own.</summary>
public static class UsyncKeys
{
    public static Guid ForLanguage(string isoCode) => DeterministicHash(isoCode).ToGuid();

    public static Guid ForDomain(string domainName) => DeterministicHash(domainName).ToGuid();

    /// <summary>uSync's <c>GetDeterministicHashCode</c>: the same number on every machine and run, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static int DeterministicHash(string text)
    {
        unchecked
        {
            var hash1 = (5381 << 16) + 5381;
            var hash2 = hash1;
            for (var i = 0; i < text.Length; i += 2)
            {
                hash1 = ((hash1 << 5) + hash1) ^ text[i];
                if (i == text.Length - 1)
                {
                    break;
                }

                hash2 = ((hash2 << 5) + hash2) ^ text[i + 1];
            }

            return hash1 + (hash2 * 1566083941);
        }
    }
}
