namespace Disclosure.Domain.Registry;

public enum DivisionLevel
{
    Province,
    City,
    County,
    Township,
}
