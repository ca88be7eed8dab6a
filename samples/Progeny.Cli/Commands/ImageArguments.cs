using System.CommandLine;

namespace Progeny.Cli;

/// <summary>The arguments and options that name image files: <c>&lt;front&gt;</c>, <c>--selfie &lt;image&gt;</c>, ….</summary>
internal static class ImageArguments
{
    /// <summary>Creates an argument that takes one image file.</summary>
    /// <param name="name">Its name in the usage line, e.g. <c>front</c>.</param>
    /// <param name="description">Its help.</param>
    /// <returns>The argument.</returns>
    public static Argument<string> One(string name, string description) => RejectingOptions(new Argument<string>(name) { Description = description });

    /// <summary>Creates an argument that takes one or more image files or folders.</summary>
    /// <param name="name">Its name in the usage line.</param>
    /// <param name="description">Its help.</param>
    /// <returns>The argument.</returns>
    public static Argument<string[]> Many(string name, string description) =>
        RejectingOptions(new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.OneOrMore });

    /// <summary>Creates a required option that takes one image file, e.g. <c>--selfie</c>.</summary>
    /// <param name="name">The option, e.g. <c>--selfie</c>.</param>
    /// <param name="description">Its help.</param>
    /// <returns>The option.</returns>
    public static Option<string> Required(string name, string description) => new(name) { Description = description, Required = true, HelpName = "image" };

    // An argument also takes mistyped options (its tokens are whatever no option claimed): name them as such.
    private static T RejectingOptions<T>(T argument)
        where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var unknown in result.Tokens.Select(token => token.Value).Where(value => value.StartsWith('-') && !Path.Exists(value)))
            {
                result.AddError($"Unrecognized option '{unknown}'.");
            }
        });
        return argument;
    }
}
