using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Charter.Web.Governance.Migrations
{
    /// <inheritdoc />
    public partial class SecretBallotsKeepNoOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Deleted and rewritten rows are overwritten with zeros rather than left in free space.
            migrationBuilder.Sql("PRAGMA secure_delete = ON;");

            // A secret ballot keeps only each voter key's current choice: no time, no sequence,
            // and WITHOUT ROWID, so no hidden row number keeps the order of first votes.
            migrationBuilder.Sql("""
                CREATE TABLE "secret_votes" (
                    "BallotId" TEXT NOT NULL,
                    "VoterKey" TEXT NOT NULL,
                    "Option" TEXT NOT NULL,
                    CONSTRAINT "PK_secret_votes" PRIMARY KEY ("BallotId", "VoterKey")
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "secret_votes" ("BallotId", "VoterKey", "Option")
                SELECT v."BallotId", v."VoterKey", v."Option"
                FROM "votes" AS v
                JOIN "ballots" AS b ON b."Id" = v."BallotId"
                WHERE b."Secret" = 1
                  AND v."Sequence" = (SELECT MAX(w."Sequence") FROM "votes" AS w WHERE w."BallotId" = v."BallotId" AND w."VoterKey" = v."VoterKey");
                """);
            migrationBuilder.Sql("""DELETE FROM "votes" WHERE "BallotId" IN (SELECT "Id" FROM "ballots" WHERE "Secret" = 1);""");

            // Who voted, in member-id order with no hidden row number.
            migrationBuilder.Sql("""
                CREATE TABLE "ballot_voters_by_member" (
                    "BallotId" TEXT NOT NULL,
                    "MemberId" TEXT NOT NULL,
                    CONSTRAINT "PK_ballot_voters" PRIMARY KEY ("BallotId", "MemberId")
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""INSERT INTO "ballot_voters_by_member" ("BallotId", "MemberId") SELECT "BallotId", "MemberId" FROM "ballot_voters";""");
            migrationBuilder.Sql("""DROP TABLE "ballot_voters";""");
            migrationBuilder.Sql("""ALTER TABLE "ballot_voters_by_member" RENAME TO "ballot_voters";""");

            // Before this version two stewards could open two ballots on one subject at the same
            // moment. The earliest stays open; any later one is closed as void (closed when it
            // opened, no outcome, no tally), so the one-open-ballot index below can be built.
            migrationBuilder.Sql("""
                UPDATE "ballots" SET "ClosedAt" = "OpenedAt", "SecretKey" = NULL, "CloseError" = NULL
                WHERE "ClosedAt" IS NULL AND EXISTS (
                    SELECT 1 FROM "ballots" AS earlier
                    WHERE earlier."ClosedAt" IS NULL
                      AND earlier."Charter" = "ballots"."Charter"
                      AND earlier."SubjectKind" = "ballots"."SubjectKind"
                      AND earlier."SubjectReference" = "ballots"."SubjectReference"
                      AND (earlier."OpenedAt" < "ballots"."OpenedAt" OR (earlier."OpenedAt" = "ballots"."OpenedAt" AND earlier."Id" < "ballots"."Id")));
                """);

            migrationBuilder.DropIndex(
                name: "IX_ballots_Charter_SubjectKind_SubjectReference",
                table: "ballots");

            // "votes" loses "VoterKey" and "MemberId" becomes required. Rebuilt here rather than by
            // DropColumn and AlterColumn, which SQLite can only do by a rebuild EF runs with
            // foreign keys off, outside the migration's transaction. Only open ballots' rows
            // remain, and theirs always name the member.
            migrationBuilder.Sql("""
                CREATE TABLE "votes_rebuilt" (
                    "BallotId" TEXT NOT NULL,
                    "Sequence" INTEGER NOT NULL,
                    "MemberId" TEXT NOT NULL,
                    "Option" TEXT NOT NULL,
                    "CastAt" INTEGER NOT NULL,
                    CONSTRAINT "PK_votes" PRIMARY KEY ("BallotId", "Sequence")
                );
                """);
            migrationBuilder.Sql("""
                INSERT INTO "votes_rebuilt" ("BallotId", "Sequence", "MemberId", "Option", "CastAt")
                SELECT "BallotId", "Sequence", COALESCE("MemberId", ''), "Option", "CastAt" FROM "votes";
                """);
            migrationBuilder.Sql("""DROP TABLE "votes";""");
            migrationBuilder.Sql("""ALTER TABLE "votes_rebuilt" RENAME TO "votes";""");

            migrationBuilder.CreateIndex(
                name: "IX_ballots_one_open_per_subject",
                table: "ballots",
                columns: new[] { "Charter", "SubjectKind", "SubjectReference" },
                unique: true,
                filter: "\"ClosedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.DropIndex(
                name: "IX_ballots_one_open_per_subject",
                table: "ballots");

            migrationBuilder.AlterColumn<string>(
                name: "MemberId",
                table: "votes",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "VoterKey",
                table: "votes",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_ballots_Charter_SubjectKind_SubjectReference",
                table: "ballots",
                columns: new[] { "Charter", "SubjectKind", "SubjectReference" });

            migrationBuilder.Sql("""UPDATE "votes" SET "VoterKey" = "MemberId";""");

            // The earlier schema kept secret votes as history rows; each current choice becomes
            // one, dated when its ballot opened, since no time was kept.
            migrationBuilder.Sql("""
                INSERT INTO "votes" ("BallotId", "Sequence", "VoterKey", "MemberId", "Option", "CastAt")
                SELECT s."BallotId", ROW_NUMBER() OVER (PARTITION BY s."BallotId" ORDER BY s."VoterKey"), s."VoterKey", NULL, s."Option", b."OpenedAt"
                FROM "secret_votes" AS s JOIN "ballots" AS b ON b."Id" = s."BallotId";
                """);
            migrationBuilder.DropTable(
                name: "secret_votes");
        }
    }
}
