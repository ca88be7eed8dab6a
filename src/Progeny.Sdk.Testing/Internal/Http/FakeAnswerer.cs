namespace Progeny.Sdk.Testing.Internal;

/// <summary>The layer of the stack that writes an answer, which decides the headers it carries.</summary>
internal enum FakeAnswerer
{
    /// <summary>A Django REST Framework view: Django's security headers plus <c>Vary: Accept</c> and <c>Allow</c>.</summary>
    View,

    /// <summary>Django itself (URL resolver, APPEND_SLASH redirect, 500 page): its security headers only.</summary>
    Django,

    /// <summary>nginx, in front: none of the application's headers.</summary>
    Nginx,

    /// <summary>A body a test scripted: sent as given.</summary>
    Test,
}
