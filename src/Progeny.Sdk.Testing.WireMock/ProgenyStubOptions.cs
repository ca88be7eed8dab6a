namespace Progeny.Sdk.Testing.WireMock;

/// <summary>Settings of the stubs that <see cref="ProgenyWireMockServerExtensions.GivenProgeny"/> adds; copied when they are added.</summary>
public sealed class ProgenyStubOptions
{
    /// <summary>Gets or sets the only user name the login accepts.</summary>
    /// <value>Defaults to <c>progeny-user</c>.</value>
    public string Username { get; set; } = "progeny-user";

    /// <summary>Gets or sets the only password the login accepts.</summary>
    /// <value>Defaults to <c>progeny-password</c>.</value>
    public string Password { get; set; } = "progeny-password";

    /// <summary>Gets or sets the <c>user_id</c> claim of the issued tokens.</summary>
    /// <value>Defaults to 41, as in the documentation's sample tokens.</value>
    public long UserId { get; set; } = 41;

    /// <summary>Gets or sets the lifetime of an access token: its <c>exp</c> is the issue time plus this.</summary>
    /// <value>Defaults to 5 minutes, as documented.</value>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the lifetime of a refresh token.</summary>
    /// <value>Defaults to 14 days, as the documentation's sample tokens show.</value>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// Gets or sets the clock that issues and checks the tokens. Pass the client's fake clock to test token renewal: the
    /// tokens then expire when that clock passes their <c>exp</c>.
    /// </summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets a value indicating whether an uploaded file must be a well-formed PNG or JPEG (its structure read, not
    /// only its first bytes), as the API's image fields check; otherwise 400 <c>"Upload a valid image. ..."</c>.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool ValidateImageContent { get; set; } = true;

    internal ProgenyStubOptions Clone() => (ProgenyStubOptions)MemberwiseClone();
}
