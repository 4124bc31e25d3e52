package io.truthbook.evidence.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpstreamHostTest {

  @ParameterizedTest
  @CsvSource({
      "http://velocity-web:3000/, velocity-web",
      "http://127.0.0.1:8000, 127.0.0.1",
      "velocity-api:8000, velocity-api",
      "https://user:pw@svc.ns.svc.cluster.local:443/x?y, svc.ns.svc.cluster.local",
      "grpc://health:50051, health",
      "h2c://[::1]:8080, ::1",
      ":8080, localhost",
      "unix:/run/app.sock, unix:/run/app.sock",
      "unix//run/caddy.sock, unix//run/caddy.sock",
      "$backend, $backend"})
  void keepsTheHostOfAnAddress(String address, String host) {
    assertThat(UpstreamHost.of(address)).isEqualTo(host);
  }
}
