using Graph.Domain.Matching;
using Graph.Domain.Model;

namespace Graph.Domain.Tests.Matching;

/// <summary>What the matcher must understand, each with real names from the lists and the press.</summary>
public sealed class MatchScorerTests
{
    private const double Threshold = MatchOptions.DefaultThreshold;

    private static Entity Person(string name, params string[] aliases) => new("p", EntityKind.Person, name) { Aliases = aliases };

    private static Entity Company(string name, params string[] aliases) => new("c", EntityKind.Company, name) { Aliases = aliases };

    private static MatchResult Score(string query, Entity candidate, EntityKind? kind = null) =>
        new MatchScorer(new MatchQuery(query) { Kind = kind }).Score(candidate);

    private static void AssertFeature(MatchResult result, string feature) =>
        Assert.Contains(result.Explanations, e => e.Feature == feature);

    [Theory]
    [InlineData("Sadio Camara", "CAMARA, Sadio")]
    [InlineData("camara sadio", "Sadio CAMARA")]
    [InlineData("Assimi Goita", "Assimi Goïta")]
    [InlineData("Alou Boi Diarra", "Alou Boï DIARRA")]
    public void Word_order_punctuation_case_and_diacritics_do_not_count(string query, string listed)
    {
        var result = Score(query, Person(listed));

        Assert.True(result.Score >= Threshold, $"{query} scored {result.Score} against {listed}");
        AssertFeature(result, "name.normalized");
    }

    [Theory]
    [InlineData("Евгений Викторович Пригожин", "Yevgeniy Viktorovich PRIGOZHIN")]
    [InlineData("Андрей Николаевич Иванов", "Andrey Nikolayevich IVANOV")]
    [InlineData("Γιώργος Παπαδόπουλος", "Giorgos Papadopoulos")]
    [InlineData("ბიძინა ივანიშვილი", "Bidzina IVANISHVILI")]
    [InlineData("Սամվել Կարապետյան", "Samvel KARAPETYAN")]
    [InlineData("محمد حسن", "Muhammad HASAN")]
    public void Other_scripts_are_compared_in_latin_letters(string query, string listed)
    {
        var result = Score(query, Person(listed));

        Assert.True(result.Score >= Threshold, $"{query} scored {result.Score} against {listed}");
        AssertFeature(result, "name.transliteration");
    }

    [Theory]
    [InlineData("Ihor Bezler", "Igor BEZLER")]
    [InlineData("Mykhailo Mizintsev", "Mikhail MIZINTSEV")]
    [InlineData("Abdullah Azzam", "Abdallah AZZAM")]
    [InlineData("Mohammed Yusuf", "Muhammad YUSUF")]
    [InlineData("Yevgeny Prigozhin", "Evgeniy PRIGOZHIN")]
    [InlineData("Hryhoriy Surkis", "Grigoriy SURKIS")]
    public void Romanisations_of_one_name_match_by_sound(string query, string listed)
    {
        var result = Score(query, Person(listed));

        Assert.True(result.Score >= Threshold, $"{query} scored {result.Score} against {listed}");
        AssertFeature(result, "name.phonetic");
    }

    [Theory]
    [InlineData("Abd al-Rahman al-Qaduli", "Abdul Rahman QADULI")]
    [InlineData("Abu Bakr al-Baghdadi", "Abu Bakr AL-BAGHDADI")]
    [InlineData("Usama bin Ladin", "Usama LADIN")]
    [InlineData("Abdurrahman Qaduli", "Abd al-Rahman QADULI")]
    public void Arabic_particles_are_written_in_many_ways(string query, string listed)
    {
        var result = Score(query, Person(listed));

        Assert.True(result.Score >= Threshold, $"{query} scored {result.Score} against {listed}");
    }

    [Theory]
    [InlineData("Evro Polis LLC", "OOO EVRO POLIS")]
    [InlineData("Limited Liability Company Evro Polis", "EVRO POLIS, OOO")]
    [InlineData("Obshchestvo s Ogranichennoy Otvetstvennostyu Evro Polis", "EVRO POLIS LLC")]
    [InlineData("AO Kalashnikov Concern", "KALASHNIKOV CONCERN, JSC")]
    [InlineData("Aktsionernoe Obshchestvo Kalashnikov Concern", "JSC KALASHNIKOV CONCERN")]
    [InlineData("Grupo Frontera S.A. de C.V.", "GRUPO FRONTERA, S.A. DE C.V.")]
    [InlineData("Shenzhen Hongtu Co., Ltd.", "SHENZHEN HONGTU CO LTD")]
    public void A_legal_form_and_its_translations_do_not_hurt_a_company_name(string query, string listed)
    {
        var result = Score(query, Company(listed));

        Assert.True(result.Score >= 0.85, $"{query} scored {result.Score} against {listed}");
        AssertFeature(result, "legalForm");
    }

    [Fact]
    public void A_shared_legal_form_does_not_make_two_companies_alike()
    {
        var result = Score("Evro Polis LLC", Company("Sinara Trans LLC"));

        Assert.True(result.Score < 0.3, $"scored {result.Score}");
    }

    [Theory]
    [InlineData("Yevgeniy Prigozhn", "Yevgeniy PRIGOZHIN")]
    [InlineData("Sadio Kamara", "Sadio CAMARA")]
    [InlineData("Assimi Goitta", "Assimi GOITA")]
    public void Typos_and_spelling_drift_still_match(string query, string listed)
    {
        var result = Score(query, Person(listed));

        Assert.True(result.Score >= Threshold, $"{query} scored {result.Score} against {listed}");
    }

    [Theory]
    [InlineData("Hamidreza Yahyazadeh", "YAHYA ZADEH, Hamidreza")]
    [InlineData("Seif Allah Ben Hassine", "HASSINE, Seifallah Ben")]
    public void A_word_written_as_two_is_one_word(string query, string listed)
    {
        var result = Score(query, Person(listed));

        Assert.True(result.Score >= Threshold, $"{query} scored {result.Score} against {listed}");
        AssertFeature(result, "name.compound");
    }

    [Fact]
    public void A_missing_middle_name_or_patronymic_costs_little()
    {
        var full = Score("Alou Boi Diarra", Person("Alou Boï DIARRA"));
        var missing = Score("Alou Diarra", Person("Alou Boï DIARRA"));
        var patronymic = Score("Igor Bezler", Person("Igor Nikolaevich BEZLER"));

        Assert.True(missing.Score >= Threshold, $"scored {missing.Score}");
        Assert.True(patronymic.Score >= Threshold, $"scored {patronymic.Score}");
        Assert.True(missing.Score < full.Score);
    }

    [Fact]
    public void An_initial_counts_for_the_name_it_begins_but_not_alone()
    {
        var initial = Score("A. Diarra", Person("Alou DIARRA"));
        var wrongInitial = Score("M. Diarra", Person("Alou DIARRA"));
        var initialsOnly = Score("A. D.", Person("Alou DIARRA"));

        AssertFeature(initial, "name.initial");
        Assert.True(initial.Score > wrongInitial.Score);
        Assert.Equal(0, initialsOnly.Score);
    }

    [Fact]
    public void Other_people_who_share_a_surname_do_not_match()
    {
        var result = Score("Sadio Camara", Person("Ibraima Papa CAMARA"));

        Assert.True(result.Score < 0.5, $"scored {result.Score}");
    }

    [Fact]
    public void A_birth_date_confirms_or_refutes()
    {
        var listed = Person("Igor BEZLER") with { Properties = new Dictionary<string, IReadOnlyList<string>> { ["birthDate"] = ["1965-12-30"] } };
        MatchResult Born(string? date) => new MatchScorer(new MatchQuery("Ihor Bezler") { BirthDate = date is null ? null : PartialDate.Parse(date) }).Score(listed);

        var unknown = Born(null);
        var exact = Born("1965-12-30");
        var year = Born("1965");
        var conflicting = Born("1979");

        Assert.True(exact.Score > year.Score && year.Score > unknown.Score && unknown.Score > conflicting.Score,
            $"exact {exact.Score}, year {year.Score}, unknown {unknown.Score}, conflicting {conflicting.Score}");
        Assert.True(conflicting.Score < Threshold);
        var explanation = Assert.Single(exact.Explanations, e => e.Feature == "birthDate");
        Assert.Equal(("1965-12-30", "1965-12-30"), (explanation.Query, explanation.Candidate));
    }

    [Fact]
    public void A_conflicting_country_pulls_a_score_down_and_a_shared_one_lifts_it()
    {
        var listed = Person("Sadio CAMARA") with { Properties = new Dictionary<string, IReadOnlyList<string>> { ["nationality"] = ["ml"] } };
        double With(params string[] countries) => new MatchScorer(new MatchQuery("Sadio Camara") { Nationality = countries }).Score(listed).Score;

        Assert.True(With("Mali") > With());
        Assert.True(With("gw") < With());
    }

    [Fact]
    public void A_different_gender_pulls_a_score_down()
    {
        var listed = Person("Sadio CAMARA") with { Properties = new Dictionary<string, IReadOnlyList<string>> { ["gender"] = ["male"] } };
        double With(string? gender) => new MatchScorer(new MatchQuery("Sadio Camara") { Gender = gender }).Score(listed).Score;

        Assert.True(With("female") < With(null));
        Assert.True(With("m") > With(null));
    }

    [Fact]
    public void An_identical_identifier_is_strong_evidence()
    {
        var vessel = new Entity("v", EntityKind.Vessel, "SEA GLORY") { Properties = new Dictionary<string, IReadOnlyList<string>> { ["imoNumber"] = ["IMO 9187629"] } };
        var renamed = new MatchScorer(new MatchQuery("Ocean Star") { Identifiers = ["9187629"] }).Score(vessel);

        Assert.True(renamed.Score >= 0.3, $"scored {renamed.Score}");
        AssertFeature(renamed, "identifier");
    }

    [Fact]
    public void A_name_alone_never_saturates_and_corroboration_breaks_the_tie()
    {
        var born = Person("Sadio CAMARA") with { Properties = new Dictionary<string, IReadOnlyList<string>> { ["birthDate"] = ["1979"] } };
        var bare = Person("Sadio CAMARA");
        var query = new MatchScorer(new MatchQuery("Sadio Camara") { BirthDate = PartialDate.Parse("1979") });

        Assert.True(query.Score(bare).Score < 1);
        Assert.True(query.Score(born).Score > query.Score(bare).Score);
    }

    [Fact]
    public void The_primary_name_ranks_over_the_same_words_as_an_alias()
    {
        var primary = Person("Sadio CAMARA");
        var alias = Person("Someone ELSE", "Sadio CAMARA");

        Assert.True(Score("Sadio Camara", primary).Score > Score("Sadio Camara", alias).Score);
    }

    [Fact]
    public void Every_explanation_names_what_it_compared_on_both_sides()
    {
        var result = Score("Ihor Bezler", Person("Igor BEZLER"));

        Assert.All(result.Explanations, e => Assert.False(string.IsNullOrEmpty(e.Query) || string.IsNullOrEmpty(e.Candidate), e.Feature));
        Assert.Contains(result.Explanations, e => e.Feature == "name.phonetic" && e.Query == "ihor" && e.Candidate == "igor");
    }
}
