using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary><c>progeny background-check --name &lt;full name&gt; --birth-date &lt;yyyy-MM-dd&gt;</c>: background_check, an AML screening.</summary>
internal sealed class BackgroundCheckDescription : ServiceDescription<BackgroundCheckRequest, BackgroundCheckResult>
{
    private const string DateFormat = "yyyy-MM-dd";

    private readonly Option<string> _name = new("--name")
    {
        Description = "The person's full name, as written in their official document.",
        HelpName = "full name",
        Required = true,
    };

    private readonly Option<DateOnly> _birthDate = new("--birth-date")
    {
        Description = "The person's date of birth, as yyyy-MM-dd.",
        HelpName = "date",
        Required = true,
        CustomParser = ParseBirthDate,
    };

    /// <summary>Initializes a new instance of the <see cref="BackgroundCheckDescription"/> class.</summary>
    public BackgroundCheckDescription() => _name.Validators.Add(result =>
    {
        var name = result.GetValueOrDefault<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            result.AddError("--name: the full name is empty.");
        }
        else if (name.Any(char.IsControl))
        {
            result.AddError("--name: the full name holds control characters.");
        }
    });

    /// <inheritdoc/>
    public override string ApiName => "background_check";

    /// <inheritdoc/>
    public override string CommandName => "background-check";

    /// <inheritdoc/>
    public override string Summary => "Screen a person for anti-money-laundering (AML) risk by full name and date of birth.";

    /// <inheritdoc/>
    public override string WhenFailed => "Progeny returned no screening. Check the name and the date of birth, then try again.";

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileRoles { get; } = [];

    /// <inheritdoc/>
    public override bool TakesExtendData => false;

    /// <inheritdoc/>
    public override IProgenyService<BackgroundCheckRequest, BackgroundCheckResult> ServiceOf(IProgenyClient client) => client.BackgroundCheck;

    /// <inheritdoc/>
    public override void AddArguments(Command command)
    {
        command.Add(_name);
        command.Add(_birthDate);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<TaskInput<BackgroundCheckRequest>> ReadInputs(ParseResult parseResult, bool extendData, ICollection<string> problems)
    {
        var request = new BackgroundCheckRequest(parseResult.GetRequiredValue(_name).Trim(), parseResult.GetRequiredValue(_birthDate));

        // The name and birth date are personal data: the run is known by what it is, not by them. Only the journal,
        // which holds the results anyway, keys the check by them, so that another person is another entry.
        return
        [
            new TaskInput<BackgroundCheckRequest>("background check", [], _ => request, null)
            {
                JournalKey = string.Create(CultureInfo.InvariantCulture, $"{request.FullName}, born {request.BirthDate:yyyy-MM-dd}"),
            },
        ];
    }

    /// <inheritdoc/>
    public override void AddRows(ResultTable table, BackgroundCheckResult result)
    {
        table.Row("Potential match", ResultTable.YesNo(result.PotentialMatch));
        table.Row("Risk level", result.RiskLevel);
        table.Row("Total matches", result.TotalMatches?.ToString(CultureInfo.InvariantCulture));
        table.Row("Hits", result.Hits.Count == 0 ? "none" : $"{result.Hits.Count} (see --json)");
    }

    /// <inheritdoc/>
    public override void WriteJson(Utf8JsonWriter writer, BackgroundCheckResult result)
    {
        if (result.PotentialMatch is { } potentialMatch)
        {
            writer.WriteBoolean("potentialMatch", potentialMatch);
        }
        else
        {
            writer.WriteNull("potentialMatch");
        }

        writer.WriteString("riskLevel", result.RiskLevel);
        if (result.TotalMatches is { } totalMatches)
        {
            writer.WriteNumber("totalMatches", totalMatches);
        }
        else
        {
            writer.WriteNull("totalMatches");
        }

        JsonFields.Property(writer, "hits", result.Hits, CliJsonContext.Default.IReadOnlyListJsonElement);
    }

    private static DateOnly ParseBirthDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            result.AddError($"--birth-date: '{text}' is not a date as {DateFormat}, such as 1990-04-12.");
        }
        else if (date > DateOnly.FromDateTime(DateTime.Today))
        {
            result.AddError($"--birth-date: {text} is in the future.");
        }

        return date;
    }
}
