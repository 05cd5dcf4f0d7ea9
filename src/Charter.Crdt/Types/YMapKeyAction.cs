namespace Charter.Crdt.Types;

public enum YMapKeyAction
{
    Add,
    Update,
    Delete,
}
