import Testing

@testable import FuKit

/// RFC 6068: what a `mailto:` URL keeps as it is and what it percent-encodes.
@Suite struct MailtoURLTests {
  func url(to: String?, subject: String, body: String) -> String {
    Draft(to: to, subject: subject, body: body, template: "t").mailto
  }

  @Test func reservedCharactersArePercentEncodedInTheSubjectAndBody() {
    #expect(
      url(to: "ada@example.com", subject: "a&b=c?d#e", body: "50% + 1/2 'x' \"y\"")
        == "mailto:ada@example.com?subject=a%26b%3Dc%3Fd%23e"
        + "&body=50%25%20%2B%201%2F2%20%27x%27%20%22y%22")
  }

  @Test func lineBreaksBecomeCRLFWhateverTheyWere() {
    #expect(
      url(to: nil, subject: "", body: "a\nb\r\nc\rd") == "mailto:?body=a%0D%0Ab%0D%0Ac%0D%0Ad")
  }

  @Test func nonASCIIIsItsUTF8BytesAndTheUnreservedStay() {
    #expect(
      url(to: "zoë+fu@exämple.org", subject: "Grüße – 👋", body: "A-Z_a.z~09")
        == "mailto:zo%C3%AB+fu@ex%C3%A4mple.org?subject=Gr%C3%BC%C3%9Fe%20%E2%80%93%20%F0%9F%91%8B"
        + "&body=A-Z_a.z~09")
  }

  @Test func anAddressIsEncodedSoThatItStaysOneAddress() {
    #expect(
      url(to: "a,b@x.org?cc=c", subject: "s", body: "")
        == "mailto:a%2Cb@x.org%3Fcc%3Dc?subject=s&body=")
  }
}
