using System.Text.RegularExpressions;

namespace ClinicKit.Content.Importing;

/// <summary>One kind of sentence that makes a medical claim, with sentences it must and must not catch (the tests run them all).</summary>
public sealed record ClaimRule(string Name, string ClaimType, Regex Pattern, bool NeedsTreatment, IReadOnlyList<string> Catches, IReadOnlyList<string> Ignores)
{
    /// <summary>False for rules that only spot a topic ("Glutamate and BDNF"): as a heading that names a section, not a claim.</summary>
    public bool AppliesToHeadings { get; init; } = true;
}

/// <summary>How <c>clinickit import</c> spots sentences that need a source. Every rule is here, in the order they are tried;
/// the first that matches names the claim type. Over-catching is cheaper than missing: a reviewer deletes a claim block in a second,
/// while an unsourced claim that slips through is published.</summary>
public static partial class ClaimDetection
{
    /// <summary>An imported post is anyone's text: the patterns run in linear time, whatever the sentence.</summary>
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.NonBacktracking;

    public static IReadOnlyList<ClaimRule> Rules { get; } =
    [
        new("numbers about people or results", "Statistic",
            new(@"\b\d+(\.\d+)?\s?(%|per ?cent)|\b\d[\d,.]*\s+(million|billion|thousand)\b|\b(one|two|three|four|\d+) (in|out of) (every )?(\d+|two|three|four|five|ten)\b|\bmore than (half|a third|a quarter)\b", Options),
            NeedsTreatment: false,
            Catches: ["One trial reported that 65% of participants improved by the next day.", "Roughly 8 million adults had a depressive episode last year.", "More than half of the volunteers responded."],
            Ignores: ["Call us on 555 0142 to book.", "Founded in 2019, our clinic is in Portland."]),
        new("speed of effect", "Onset",
            new(@"\b(within|in) (a few |several |\d+ |24 |48 )?(minutes|hours|days)\b|\b(almost |nearly )?immediate(ly)?\b|\brapid(ly)?\b|\bfast[- ]acting\b|\bquick(ly|er)?\b|\bswift(ly)?\b|\bhours or days away\b", Options),
            NeedsTreatment: true,
            Catches: ["Ketamine infusions ease symptoms within hours.", "It works almost immediately in most cases.", "Ketamine is a fast-acting treatment."],
            Ignores: ["We reply to emails within 24 hours.", "Booking is quick and easy online."]),
        new("addiction or dependence", "Safety",
            new(@"\baddict(ive|ion)\b|\bdependen(ce|cy)\b|\bhabit[- ]forming\b|\bmisuse\b|\babused?\b", Options),
            NeedsTreatment: false,
            Catches: ["Ketamine carries no risk of addiction at our clinic.", "There is a risk of psychological dependence."],
            Ignores: ["Our staff trained at the state university."]),
        new("side effects and safety", "Safety",
            new(@"\bside[- ]effects?\b|\bsafe(ty|ly|r)?\b|\bwell[- ]tolerated\b|\brisks?\b|\boverdose\b|\badverse\b|\bharmless\b|\bno (known )?(downsides|drawbacks)\b", Options),
            NeedsTreatment: true,
            Catches: ["Ketamine is completely safe under supervision.", "Side effects of ketamine are mild.", "The treatment is well-tolerated by nearly everyone."],
            Ignores: ["Please park safely in the clinic car park."]),
        new("what research shows", "Efficacy",
            new(@"\b(studies|study|research|trials?|evidence|scientists|researchers|data)\b[^.]{0,60}\b(show|shows|shown|suggest|suggests|found|finds|prove[ns]?|demonstrate[ds]?|indicate[sd]?|confirm(s|ed)?)\b|\bclinically proven\b|\bproven to\b", Options),
            NeedsTreatment: false,
            Catches: ["Several studies show the infusions succeed for most patients.", "Research suggests ketamine may restore connections.", "It is clinically proven to work."],
            Ignores: ["Read our study guide before your visit."]),
        new("how well it works", "Efficacy",
            new(@"\b(effective(ly|ness)?|efficacy|ineffective|relief|reliev(e|es|ed|ing)|improve(s|d|ment|ments)?|reduc(e|es|ed|tion)|remission|respon(d|ds|se)|breakthrough|cure[sd]?|success(ful|fully)?|powerful|works? (for|better|where|well|differently)|benefit(s)?|ease[sd]?|restore[sd]?|helps? (with|to (treat|reduce|relieve|ease|improve|manage)|patients|people|those|individuals))\b", Options),
            NeedsTreatment: true,
            Catches: ["Ketamine infusions provide lasting relief from depression symptoms.", "Ketamine therapy is successful for most clinic patients.", "Antidepressants are often ineffective."],
            Ignores: ["Our nurses are happy to help answer questions about infusions.", "Contact us to find out if ketamine therapy is right for you."]),
        new("how it works in the brain", "Mechanism",
            new(@"\b(NMDA|AMPA|glutamate|BDNF|mTOR|receptors?|neurotransmitters?|synap(se|ses|tic)|neuroplasticity|neurons?|serotonin|norepinephrine|dopamine|inflammation|inflammatory)\b", Options),
            NeedsTreatment: false,
            Catches: ["Ketamine blocks NMDA receptors.", "It boosts BDNF, which supports neuroplasticity."],
            Ignores: ["Our nurses explain every step of the infusion."]) { AppliesToHeadings = false },
    ];

    /// <summary>The first rule the sentence (or heading) matches, or null when it makes no medical claim.</summary>
    public static ClaimRule? Match(string sentence, bool isHeading = false)
    {
        var treatment = Treatment().IsMatch(sentence);
        return Rules.FirstOrDefault(r => (treatment || !r.NeedsTreatment) && (r.AppliesToHeadings || !isHeading) && r.Pattern.IsMatch(sentence));
    }

    /// <summary>Words that make a sentence about a treatment, so "quick and easy booking" is not a claim but "quick relief from ketamine" is.</summary>
    [GeneratedRegex(@"\b(ketamine|esketamine|spravato|treatments?|therap(y|ies)|infusions?|medications?|medicines?|antidepressants?|drugs?|doses?|it|they|this)\b", Options)]
    private static partial Regex Treatment();
}
