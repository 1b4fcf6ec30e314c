# The newswire app image: the same shaded jar bin/newswire runs for the product commands. The tools
# (eval, train, kb, bench: newswire-tools.jar, with Lingua, OpenNLP and JMH) are not built or shipped.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY modules modules
RUN mvn -B -q -DskipTests -Dmaven.test.skip=true package -pl modules/newswire-cli -am

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app newswire
WORKDIR /app
COPY --from=build /src/modules/newswire-cli/target/newswire.jar /app/newswire.jar
COPY samples /app/samples
USER newswire
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# ExplicitGCInvokesConcurrent as in bin/newswire (Kafka's default): System.gc() starts a concurrent cycle.
ENTRYPOINT ["java", "-XX:+ExplicitGCInvokesConcurrent", "-Dnewswire.home=/app", "-jar", "/app/newswire.jar"]
CMD ["--help"]
