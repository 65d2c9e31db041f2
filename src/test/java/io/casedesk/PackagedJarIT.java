package io.casedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The application jar that {@code ./mvnw package} builds, and the Docker image builds the same way, holds every
 * resource the application loads: each file of each resource directory of the POM (models, forms, mail templates,
 * configuration, migrations, pages, holiday files). The Dockerfile builds that jar from the same sources, so the
 * image cannot miss a folder the jar has. No Docker engine is needed to check either.
 */
class PackagedJarIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private record ResourceDirectory(String directory, String targetPath) {
    }

    @Test
    void theJarHoldsEveryResourceOfThePom() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (ResourceDirectory resources : resourceDirectories()) {
            Path root = PROJECT.resolve(resources.directory());
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).forEach(file -> expected.add("BOOT-INF/classes/"
                        + (resources.targetPath() == null ? "" : resources.targetPath() + "/")
                        + root.relativize(file).toString().replace('\\', '/')));
            }
        }
        assertThat(expected).as("resources to package").anyMatch(entry -> entry.contains("/notifications/en/"))
                .anyMatch(entry -> entry.contains("/processes/")).anyMatch(entry -> entry.contains("/db/migration/"));

        Set<String> entries = new TreeSet<>();
        try (JarFile jar = new JarFile(applicationJar().toFile())) {
            jar.stream().forEach(entry -> entries.add(entry.getName()));
        }

        assertThat(entries).containsAll(expected);
    }

    @Test
    void theDockerImageBuildsTheJarFromTheSameSources() throws Exception {
        List<String> copied = new ArrayList<>();
        for (String line : Files.readAllLines(PROJECT.resolve("Dockerfile"))) {
            String instruction = line.strip();
            if (instruction.startsWith("FROM") && !copied.isEmpty()) {
                break; // only the build stage makes the jar
            }
            if (instruction.startsWith("COPY ") && !instruction.contains("--from")) {
                String[] parts = instruction.substring(5).strip().split("\\s+");
                copied.addAll(List.of(parts).subList(0, parts.length - 1));
            }
        }
        List<String> ignored = Files.readAllLines(PROJECT.resolve(".dockerignore")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.replaceAll("/$", "")).toList();

        List<String> needed = new ArrayList<>(List.of("pom.xml", "mvnw", ".mvn", "src"));
        resourceDirectories().forEach(resources -> needed.add(resources.directory()));
        for (String source : needed) {
            assertThat(copied).as("the build stage copies " + source)
                    .anyMatch(copy -> copy.equals(".") || copy.equals("./") || source.equals(copy.replaceAll("/$", ""))
                            || source.startsWith(copy.replaceAll("/$", "") + "/"));
            assertThat(ignored).as(".dockerignore keeps " + source).noneMatch(pattern -> source.equals(pattern)
                    || source.startsWith(pattern + "/"));
        }
    }

    private static List<ResourceDirectory> resourceDirectories() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(PROJECT.resolve("pom.xml").toFile());
        NodeList resources = pom.getElementsByTagName("resource");
        List<ResourceDirectory> directories = new ArrayList<>();
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            NodeList target = resource.getElementsByTagName("targetPath");
            directories.add(new ResourceDirectory(resource.getElementsByTagName("directory").item(0).getTextContent().strip(),
                    target.getLength() == 0 ? null : target.item(0).getTextContent().strip()));
        }
        assertThat(directories).as("resource directories of pom.xml").isNotEmpty();
        return directories;
    }

    private static Path applicationJar() throws IOException {
        try (Stream<Path> built = Files.list(PROJECT.resolve("target"))) {
            List<Path> jars = built.filter(path -> path.getFileName().toString().matches("casedesk-.*\\.jar")).toList();
            assertThat(jars).as("the application jar of ./mvnw package").hasSize(1);
            return jars.get(0);
        }
    }
}
