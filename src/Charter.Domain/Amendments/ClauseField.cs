namespace Charter.Domain.Amendments;

public enum ClauseField
{
    Title,
    Body,
}
