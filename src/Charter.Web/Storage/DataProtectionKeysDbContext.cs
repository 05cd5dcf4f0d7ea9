using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Storage;

/// <summary>
/// The ASP.NET Core data-protection key ring (the keys that sign sign-in cookies, antiforgery
/// tokens and reset links), kept in the charter database rather than in a folder of the user's
/// home: so one backup of the database holds them, a restored copy still accepts the cookies it
/// issued, and they share the database folder's owner-only permissions. Its own migrations
/// history table keeps it apart from the other contexts' migrations.
/// </summary>
public sealed class DataProtectionKeysDbContext(DbContextOptions<DataProtectionKeysDbContext> options)
    : DbContext(options), IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "__DataProtectionMigrationsHistory";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
}
