using ClinicKit.Web.Tests.Support;

namespace ClinicKit.Web.Tests.Fast;

/// <summary>The head reading a folder that a clinickit command was killed in while it moved files into place
/// (ClinicKit.Content's UsyncJournal): a change with a complete journal is served as made; a staged copy no journal names
/// is a leftover and never read.</summary>
public sealed class InterruptedWriteTests
{
    private const string Domain = "Domains/larkspur-mood.test_en-us.config";
    private const string Staged = Domain + ".tmp-0123abcd";

    [TestCase(true, 200, TestName = "A domain still staged under a complete journal is served")]
    [TestCase(false, 404, TestName = "A staged domain with no journal is not read")]
    public async Task The_head_reads_a_staged_file_only_when_a_complete_journal_names_it(bool journal, int status)
    {
        using var copy = UsyncCopy.OfShipped();
        File.Move(Path.Combine(copy.Root, Domain), Path.Combine(copy.Root, Staged));
        if (journal)
        {
            File.WriteAllText(Path.Combine(copy.Root, ".clinickit-journal"), $"clinickit-journal 1\nput\t{Domain}\t{Staged}\nend\t1\n");
        }

        await using var head = await InProcessHead.StartAsync(copy.Root);
        using var response = await head.GetAsync("larkspur-mood.test", "/");

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(File.Exists(Path.Combine(copy.Root, Staged)), "the head never changes the folder");
    }
}
