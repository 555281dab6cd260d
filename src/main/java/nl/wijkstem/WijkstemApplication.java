package nl.wijkstem;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://wijkstem/styles/wijkstem.css")
public class WijkstemApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(WijkstemApplication.class, args);
	}

}
