using System.Text.Json;
using System.Text.RegularExpressions;
using Progeny.Sdk.Internal;

namespace Progeny.Sdk.Tests.Internal;

/// <summary>Reading the OCR's English nationality word as its ICAO Doc 9303 code.</summary>
public sealed partial class NationalityCodesTests
{
    /// <summary>Every ISO 3166-1 alpha-3 code (249, as in Debian's iso-codes 4.15.0), independent of the table under test.</summary>
    private static readonly string[] IsoAlpha3 =
    [
        .. """
        ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN
        BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN
        CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU
        DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR
        GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV
        HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
        KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA
        MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM
        NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL
        PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
        SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK
        TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
        VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
    ];

    [GeneratedRegex("^[A-Z]+( [A-Z]+)*$")]
    private static partial Regex NormalForm();

    [GeneratedRegex("^([A-Z]{3}|D)$")]
    private static partial Regex Code();

    [Fact]
    public void Find_DocumentedSample_ReturnsUkr()
    {
        using var task = JsonDocument.Parse(DocumentationSamples.OcrPassportTask);
        var nationality = task.RootElement.GetProperty("result").GetProperty("data").GetProperty("document").GetProperty("nationality").GetString();

        nationality.ShouldBe("UKRAINIAN");
        NationalityCodes.Find(nationality).ShouldBe("UKR");
    }

    [Theory]
    [InlineData("UKRAINIAN", "UKR")]
    [InlineData("BRITISH", "GBR")]
    [InlineData("BRITISH CITIZEN", "GBR")]
    [InlineData("AMERICAN", "USA")]
    [InlineData("DUTCH", "NLD")]
    [InlineData("SWISS", "CHE")]
    [InlineData("FILIPINO", "PHL")]
    [InlineData("FILIPINA", "PHL")]
    [InlineData("NEW ZEALANDER", "NZL")]
    [InlineData("CZECH", "CZE")]
    [InlineData("IVORIAN", "CIV")]
    [InlineData("RUSSIAN", "RUS")]
    [InlineData("SOUTH KOREAN", "KOR")]
    [InlineData("NORTH KOREAN", "PRK")]
    [InlineData("CHINESE", "CHN")]
    [InlineData("TAIWANESE", "TWN")]
    [InlineData("NIGERIAN", "NGA")]
    [InlineData("NIGERIEN", "NER")]
    [InlineData("SUDANESE", "SDN")]
    [InlineData("SOUTH SUDANESE", "SSD")]
    [InlineData("SAMOAN", "WSM")]
    [InlineData("AMERICAN SAMOAN", "ASM")]
    [InlineData("BISSAU-GUINEAN", "GNB")]
    [InlineData("EQUATORIAL GUINEAN", "GNQ")]
    [InlineData("PAPUA NEW GUINEAN", "PNG")]
    [InlineData("MALAGASY", "MDG")]
    [InlineData("MOTSWANA", "BWA")]
    [InlineData("MONEGASQUE", "MCO")]
    [InlineData("EMIRATI", "ARE")]
    [InlineData("KYRGYZ", "KGZ")]
    [InlineData("LAOTIAN", "LAO")]
    [InlineData("BURMESE", "MMR")]
    [InlineData("MANX", "IMN")]
    [InlineData("NI-VANUATU", "VUT")]
    [InlineData("I-KIRIBATI", "KIR")]
    [InlineData("MACEDONIAN", "MKD")]
    [InlineData("KOSOVAR", "RKS")]
    public void Find_Demonym_ReturnsCode(string nationality, string code) =>
        NationalityCodes.Find(nationality).ShouldBe(code);

    [Theory]
    [InlineData("UKRAINE", "UKR")]
    [InlineData("UNITED STATES", "USA")]
    [InlineData("UNITED STATES OF AMERICA", "USA")]
    [InlineData("USA", "USA")]
    [InlineData("RUSSIA", "RUS")]
    [InlineData("RUSSIAN FEDERATION", "RUS")]
    [InlineData("SOUTH KOREA", "KOR")]
    [InlineData("REPUBLIC OF KOREA", "KOR")]
    [InlineData("KOREA, REPUBLIC OF", "KOR")]
    [InlineData("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "PRK")]
    [InlineData("NEW ZEALAND", "NZL")]
    [InlineData("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "GBR")]
    [InlineData("CONGO, THE DEMOCRATIC REPUBLIC OF THE", "COD")]
    [InlineData("DEMOCRATIC REPUBLIC OF THE CONGO", "COD")]
    [InlineData("REPUBLIC OF THE CONGO", "COG")]
    [InlineData("IRAN, ISLAMIC REPUBLIC OF", "IRN")]
    [InlineData("VIRGIN ISLANDS, BRITISH", "VGB")]
    [InlineData("VIRGIN ISLANDS, U.S.", "VIR")]
    [InlineData("HOLY SEE (VATICAN CITY STATE)", "VAT")]
    [InlineData("SAINT MARTIN (FRENCH PART)", "MAF")]
    [InlineData("SINT MAARTEN (DUTCH PART)", "SXM")]
    [InlineData("CZECHIA", "CZE")]
    [InlineData("CZECH REPUBLIC", "CZE")]
    [InlineData("SWAZILAND", "SWZ")]
    [InlineData("ESWATINI", "SWZ")]
    [InlineData("TURKEY", "TUR")]
    [InlineData("IVORY COAST", "CIV")]
    [InlineData("CAPE VERDE", "CPV")]
    [InlineData("GUINEA", "GIN")]
    [InlineData("REPUBLIC OF CHINA", "TWN")]
    [InlineData("PEOPLE'S REPUBLIC OF CHINA", "CHN")]
    [InlineData("HONG KONG", "HKG")]
    [InlineData("BOSNIA-HERZEGOVINA", "BIH")]
    public void Find_CountryName_ReturnsCode(string nationality, string code) =>
        NationalityCodes.Find(nationality).ShouldBe(code);

    [Theory]
    [InlineData("Ukrainian")]
    [InlineData("ukrainian")]
    [InlineData("ukraine")]
    [InlineData("UKRAINE")]
    [InlineData("ukr")]
    [InlineData("  UKRAINIAN  ")]
    [InlineData("\tUkrainian\r\n")]
    [InlineData("UKRAINIAN.")]
    [InlineData("\u00A0UKRAINIAN")]
    public void Find_CaseAndWhiteSpaceVariant_ReturnsUkr(string nationality) =>
        NationalityCodes.Find(nationality).ShouldBe("UKR");

    [Theory]
    [InlineData("Bosnia-Herzegovina", "BIH")]
    [InlineData("bosnia  and \t herzegovina", "BIH")]
    [InlineData("Bosnia & Herzegovina", "BIH")]
    [InlineData("Trinidad&Tobago", "TTO")]
    [InlineData("korea republic of", "KOR")]
    [InlineData("Korea,Republic of", "KOR")]
    [InlineData("The Gambia", "GMB")]
    [InlineData("the Netherlands", "NLD")]
    [InlineData("The former Yugoslav Republic of Macedonia", "MKD")]
    [InlineData("St. Lucia", "LCA")]
    [InlineData("ST KITTS AND NEVIS", "KNA")]
    [InlineData("St Vincent and the Grenadines", "VCT")]
    [InlineData("U.S.A.", "USA")]
    [InlineData("U.S. Virgin Islands", "VIR")]
    [InlineData("New-Zealander", "NZL")]
    [InlineData("Guinea–Bissau", "GNB")]
    [InlineData("Timor Leste", "TLS")]
    [InlineData("Lao People’s Democratic Republic", "LAO")]
    [InlineData("British National (Overseas)", "GBN")]
    [InlineData("BRITISH NATIONAL OVERSEAS", "GBN")]
    [InlineData("UKRAINIAN<<", "UKR")]
    public void Find_PunctuationVariant_ReturnsCode(string nationality, string code) =>
        NationalityCodes.Find(nationality).ShouldBe(code);

    [Theory]
    [InlineData("CÔTE D'IVOIRE", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("COTE D'IVOIRE", "CIV")]
    [InlineData("COTE D IVOIRE", "CIV")]
    [InlineData("CURAÇAO", "CUW")]
    [InlineData("curaçao", "CUW")]
    [InlineData("CURACAO", "CUW")]
    [InlineData("ÅLAND", "ALA")]
    [InlineData("Åland Islands", "ALA")]
    [InlineData("ALAND ISLANDS", "ALA")]
    [InlineData("TÜRKİYE", "TUR")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("TURKIYE", "TUR")]
    [InlineData("SÃO TOMÉ AND PRÍNCIPE", "STP")]
    [InlineData("Sao Tome and Principe", "STP")]
    [InlineData("RÉUNION", "REU")]
    [InlineData("Saint-Barthélemy", "BLM")]
    [InlineData("BURKINABÉ", "BFA")]
    public void Find_Diacritics_AreFolded(string nationality, string code) =>
        NationalityCodes.Find(nationality).ShouldBe(code);

    [Theory]
    [InlineData("GERMAN", "D")]
    [InlineData("GERMANY", "D")]
    [InlineData("Federal Republic of Germany", "D")]
    [InlineData("DEU", "D")]
    [InlineData("D", "D")]
    [InlineData("BRITISH OVERSEAS TERRITORIES CITIZEN", "GBD")]
    [InlineData("BRITISH DEPENDENT TERRITORIES CITIZEN", "GBD")]
    [InlineData("BRITISH OVERSEAS CITIZEN", "GBO")]
    [InlineData("BRITISH PROTECTED PERSON", "GBP")]
    [InlineData("BRITISH SUBJECT", "GBS")]
    [InlineData("KOSOVO", "RKS")]
    [InlineData("RKS", "RKS")]
    [InlineData("UNK", "UNK")]
    [InlineData("UNITED NATIONS", "UNO")]
    [InlineData("SPECIALIZED AGENCY OF THE UNITED NATIONS", "UNA")]
    [InlineData("EUROPEAN UNION", "EUE")]
    [InlineData("SOVEREIGN MILITARY ORDER OF MALTA", "XOM")]
    [InlineData("INTERPOL", "XPO")]
    [InlineData("CARICOM", "XCC")]
    [InlineData("ECOWAS", "XEC")]
    [InlineData("STATELESS", "XXA")]
    [InlineData("Stateless person", "XXA")]
    [InlineData("CONVENTION REFUGEE", "XXB")]
    [InlineData("XXB", "XXB")]
    [InlineData("XXC", "XXC")]
    [InlineData("UNSPECIFIED NATIONALITY", "XXX")]
    [InlineData("XXX", "XXX")]
    public void Find_IcaoOnlyCode_ReturnsIt(string nationality, string code) =>
        NationalityCodes.Find(nationality).ShouldBe(code);

    [Theory]
    [InlineData("KOREAN")]
    [InlineData("KOREA")]
    [InlineData("CONGOLESE")]
    [InlineData("CONGO")]
    [InlineData("GUINEAN")]
    [InlineData("DOMINICAN")]
    [InlineData("VIRGIN ISLANDS")]
    [InlineData("VIRGIN ISLANDER")]
    [InlineData("SAINT MARTIN")]
    [InlineData("ST. MARTIN")]
    [InlineData("REFUGEE")]
    public void Find_AmbiguousWord_IsNull(string nationality) =>
        NationalityCodes.Find(nationality).ShouldBeNull();

    [Theory]
    [InlineData("UTOPIAN")]
    [InlineData("None")]
    [InlineData("UKRAINIAN1")]
    [InlineData("UKRAINIAN UKRAINIAN")]
    [InlineData("УКРАЇНА")]
    [InlineData("UKRAIN?AN")]
    [InlineData("XYZ")]
    [InlineData("DE")]
    [InlineData("THE")]
    [InlineData("-")]
    [InlineData("' . ,")]
    [InlineData("   ")]
    public void Find_UnknownWord_IsNull(string nationality) =>
        NationalityCodes.Find(nationality).ShouldBeNull();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Find_NullOrEmpty_IsNull(string? nationality) =>
        NationalityCodes.Find(nationality).ShouldBeNull();

    [Fact]
    public void Find_InputOver64Characters_IsNull()
    {
        NationalityCodes.Find("UKRAINIAN".PadRight(64)).ShouldBe("UKR", "64 characters are still read");
        NationalityCodes.Find("UKRAINIAN".PadRight(65)).ShouldBeNull();
        NationalityCodes.Find(new string('A', 10_000)).ShouldBeNull();
    }

    [Fact]
    public void Find_FoldingPastTheBuffer_IsNull() =>
        NationalityCodes.Find(new string('ß', 33)).ShouldBeNull();

    [Theory]
    [InlineData("UKRAINIAN")]
    [InlineData("ukrainian")]
    [InlineData("Republic of Korea")]
    [InlineData("D")]
    [InlineData("UTOPIAN")]
    [InlineData("korean")]
    public void Find_InputInNormalForm_AllocatesNothing(string nationality)
    {
        var expected = NationalityCodes.Find(nationality);

        var different = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            different += ReferenceEquals(NationalityCodes.Find(nationality), expected) ? 0 : 1;
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
        different.ShouldBe(0);
    }

    [Fact]
    public void Table_EveryValue_IsAnUpperCaseThreeLetterCodeOrD()
    {
        NationalityCodes.Table.Values.ShouldAllBe(code => Code().IsMatch(code));
        NationalityCodes.Table.Values.ShouldAllBe(code => NationalityCodes.Find(code) == code, "every code reads as itself");
    }

    [Fact]
    public void Table_EveryIsoAlpha3Code_MapsToItself()
    {
        IsoAlpha3.Length.ShouldBe(249);
        IsoAlpha3.Where(code => code != "DEU").ShouldAllBe(code => NationalityCodes.Find(code) == code);
        NationalityCodes.Find("DEU").ShouldBe("D", "Doc 9303 writes Germany as D");
    }

    [Fact]
    public void Table_EveryKey_IsInNormalFormAndReadsBack()
    {
        NationalityCodes.Table.Keys.ShouldAllBe(key => NormalForm().IsMatch(key) && key.Length <= 64);
        NationalityCodes.Table.ShouldAllBe(entry => NationalityCodes.Find(entry.Key) == entry.Value);
    }
}
