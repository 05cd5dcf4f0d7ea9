using Microsoft.EntityFrameworkCore;

namespace Charter.Web.Storage;

/// <summary>The <c>charter_history</c> table: earlier states of each charter, newest found by (charter, time).</summary>
internal static class HistoryModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<CharterHistoryRecord>(history =>
        {
            history.ToTable("charter_history");
            history.HasIndex(h => new { h.CharterId, h.TakenAt });
            history.Property(h => h.Reason).HasMaxLength(40);
            history.Property(h => h.ActorId).HasMaxLength(450);
            history.Property(h => h.ActorName).HasMaxLength(200);
            history.Property(h => h.Note).HasMaxLength(2000);
            history.Property(h => h.StateHash).HasMaxLength(64);
            history.HasOne<CharterRecord>().WithMany().HasForeignKey(h => h.CharterId);
        });
}
