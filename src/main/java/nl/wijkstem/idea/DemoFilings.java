package nl.wijkstem.idea;

import java.util.Map;

/**
 * The programme goal a moderator gave each published demo idea. Ideas missing here stay
 * unfiled, so the demo shows the unfiled list and the filing suggestion at work.
 */
final class DemoFilings {

	static final Map<String, String> GOAL_BY_TITLE = Map.ofEntries(
			Map.entry("Meer bomen op het plein bij de Floris de Vijfdelaan", "better-housing"),
			Map.entry("Sport- en ontmoetingsplek in het Marnixplantsoen", "youth-safety"),
			Map.entry("Elke maand een grofvuilronde", "better-housing"),
			Map.entry("Afvalbakken terugplaatsen in de Van Hogendorplaan", "better-housing"),
			Map.entry("Betere fietspaden langs de Marathonweg", "integrated-approach"),
			Map.entry("Meer licht op het pad langs de Krabbeplas", "youth-safety"),
			Map.entry("Speeltuin Reigerlaan opknappen", "better-housing"),
			Map.entry("Huiswerkklas in het buurthuis", "taking-part"),
			Map.entry("Zebrapad bij de basisschool", "integrated-approach"),
			Map.entry("Moestuin voor de buurt", "better-housing"), Map.entry("Taalcafé voor ouders", "taking-part"),
			Map.entry("Bankjes rond de Krabbeplas", "better-housing"),
			Map.entry("Cameratoezicht bij het winkelcentrum", "youth-safety"),
			Map.entry("Bigger bins near the metro station", "better-housing"),
			Map.entry("Job fair for young people in the neighbourhood", "taking-part"),
			Map.entry("Hondenuitlaatplek bij het Westwijkpark", "better-housing"),
			Map.entry("Parkeerplaatsen voor bewoners", "integrated-approach"),
			Map.entry("Voorleesochtend in de bibliotheek", "taking-part"),
			Map.entry("Buurtpreventie-app en avondrondes", "youth-safety"));

	private DemoFilings() {
	}

}
