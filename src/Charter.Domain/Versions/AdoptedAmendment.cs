using Charter.Domain.Ballots;

namespace Charter.Domain.Versions;

/// <summary>
/// An amendment adopted since the previous version, as the changelog lists it. The amendments
/// side supplies these when a version is published.
/// </summary>
/// <param name="Title">The amendment's title.</param>
/// <param name="ClauseId">The clause it changed, inserted or deleted.</param>
/// <param name="Tally">The adopting ballot's final count, the same record the ballot itself keeps.</param>
/// <param name="Link">Where the amendment and its ballot can be read (a site-relative or absolute URL).</param>
/// <param name="AdoptedAt">When its ballot closed.</param>
public sealed record AdoptedAmendment(string Title, string ClauseId, BallotTally Tally, string Link, DateTimeOffset AdoptedAt);
