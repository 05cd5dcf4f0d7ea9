using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Charter.Web.Governance;

/// <summary>
/// Turns on SQLite's <c>secure_delete</c> for every governance connection, so a secret choice that
/// is changed, or a row that is deleted, is overwritten with zeros instead of lingering in the
/// file's free space (docs/GOVERNANCE.md, "Secret ballots").
/// </summary>
internal sealed class SecureDeleteInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
