package nl.wijkstem.base;

/**
 * What the application shell shows of the local programme. Implemented by the programme
 * module, so the shell never hard-codes a neighbourhood.
 */
public interface Branding {

	String programmeName();

	String areaName();

}
