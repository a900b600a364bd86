using System.Security.Cryptography;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Auth;

/// <summary>The admin API key generated on first run and kept, readable by the owner only, in the data folder.</summary>
internal sealed class FirstRunAdminKey
{
    public const string IdentityName = "first-run-admin";
    public const string FileName = "admin-api-key.txt";

    private FirstRunAdminKey(string key, string path, bool created)
    {
        Key = key;
        FilePath = path;
        Created = created;
    }

    public string Key { get; }
    public string FilePath { get; }
    /// <summary>True when this start generated it (the banner prints it once).</summary>
    public bool Created { get; }

    public static FirstRunAdminKey LoadOrCreate(DataFolder data)
    {
        var path = data.File(FileName);
        if (File.Exists(path))
        {
            return new FirstRunAdminKey(File.ReadAllText(path).Trim(), path, created: false);
        }
        var key = "vcr_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(path, options))
        {
            writer.WriteLine(key);
        }
        return new FirstRunAdminKey(key, path, created: true);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
