package nl.verhuurtoezicht.permit;

/** A step the case went through: the landlord's step list and the path the process took, in order. */
public enum ApplicationStep {
    SUBMITTED, SUPPLEMENT_REQUESTED, SUPPLEMENTED, COMPLETE, INSPECTED, ADVISED, ESCALATED, EXTENDED,
    GRANTED, REFUSED, NOT_PROCESSED
}
