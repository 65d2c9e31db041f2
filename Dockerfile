# Casedesk: build with the Maven wrapper, run on a JRE as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
# the whole project, as ./mvnw package sees it (.dockerignore leaves out build output and local data), so the
# image's jar has every resource the pom packages (PackagedJarIT checks it)
COPY . .
RUN ./mvnw -B -ntp -q package -DskipTests && cp target/casedesk-*.jar /casedesk.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app casedesk && mkdir -p /app && chown casedesk /app
WORKDIR /app
COPY --from=build /casedesk.jar /app/casedesk.jar
USER casedesk
ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_TOOL_OPTIONS="-Xmx384m -XX:+UseSerialGC"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-jar", "/app/casedesk.jar"]
