package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare Camunda engine with its REST API: what Casedesk's request costs are measured against. */
@SpringBootApplication
public class BareEngine {

    public static void main(String[] args) {
        SpringApplication.run(BareEngine.class, args);
    }
}
