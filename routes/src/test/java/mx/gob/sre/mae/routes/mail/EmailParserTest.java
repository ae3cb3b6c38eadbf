package mx.gob.sre.mae.routes.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The behaviours of the email parser, one small message each. */
class EmailParserTest {

  private static final EmailParser PARSER = new EmailParser();
  private static final long LIMIT = 1024;
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Nested
  class Keys {

    @Test
    void messageKeyIsTheMessageIdWithoutAngleBrackets() throws Exception {
      ParsedEmail email = parse(message("Message-ID:   <abc.123@mail.example.com> \n", "Hola"));
      assertEquals("abc.123@mail.example.com", email.messageKey());
      assertTrue(email.hasMessageId());
    }

    @Test
    void messageKeyIsTheSha256OfTheRawBytesWhenThereIsNoMessageId() throws Exception {
      byte[] raw = message("", "Hola");
      ParsedEmail email = parse(raw);
      String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
      assertEquals("sha256:" + digest, email.messageKey());
      assertFalse(email.hasMessageId());
    }

    @Test
    void inReplyToAndReferencesLoseTheirAngleBrackets() throws Exception {
      ParsedEmail email = parse(message(
          "In-Reply-To: <ack.1@mae.example.org>\nReferences: <first@a.example>\n <ack.1@mae.example.org>\n", "ok"));
      assertEquals("ack.1@mae.example.org", email.inReplyTo());
      assertEquals(List.of("first@a.example", "ack.1@mae.example.org"), email.references());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
        Re: Acuse de recibo MAE-2026-000123               | MAE-2026-000123
        RE: RE: folio mae-2026-1234567 (seguimiento)       | MAE-2026-1234567
        Fwd: [MAE-2025-000042] datos                       | MAE-2025-000042
        Re: folio MAE-2026-00012                           | -
        Re: XMAE-2026-000123                               | -
        Sin folio                                          | -
        """)
    void findsTheFolioInTheSubject(String subject, String folio) throws Exception {
      assertEquals(folio, parse(message("Subject: " + subject + "\n", "texto")).folioInSubject());
    }
  }

  @Nested
  class Bodies {

    @Test
    void prefersThePlainPartOfMultipartAlternative() throws Exception {
      ParsedEmail email = parse(multipart("alternative",
          part("text/plain; charset=UTF-8", "Texto plano del reporte."),
          part("text/html; charset=UTF-8", "<p>Texto <b>HTML</b> del reporte.</p>")));
      assertEquals("Texto plano del reporte.", email.text());
    }

    @Test
    void usesTheHtmlPartWhenThePlainPartIsBlank() throws Exception {
      ParsedEmail email = parse(multipart("alternative",
          part("text/plain; charset=UTF-8", "  \n"),
          part("text/html; charset=UTF-8", "<p>Solo en HTML.</p>")));
      assertEquals("Solo en HTML.", email.text());
    }

    @Test
    void rendersHtmlWithoutScriptStyleOrRemoteImages() throws Exception {
      ParsedEmail email = parse(message("Content-Type: text/html; charset=UTF-8\n",
          "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
              + "<p onclick=\"alert(1)\">Hola</p><img src=\"http://tracker.example/p.gif\">"
              + "<script>document.write('oculto')</script><iframe src=\"http://tracker.example/f\"></iframe></body></html>"));
      assertEquals("Hola", email.text());
    }

    @Test
    void writesLinksAsTextAndKeepsLineBreaks() throws Exception {
      ParsedEmail email = parse(message("Content-Type: text/html; charset=UTF-8\n",
          "<div>Línea uno<br>Línea dos</div><div><br></div><p>Vean <a href=\"https://example.org/busqueda\">la página</a>"
              + " o <a href=\"javascript:steal()\">esto</a> o <a href=\"https://example.org\">example.org</a>.</p>"
              + "<ul><li>uno</li><li>dos</li></ul>"));
      assertEquals("Línea uno\nLínea dos\n\nVean la página (https://example.org/busqueda) o esto o example.org.\n\n"
          + "- uno\n- dos", email.text());
    }

    @Test
    void keepsTheTextPartsAroundAnInlineImageInOrder() throws Exception {
      ParsedEmail email = parse(multipart("mixed",
          part("text/plain; charset=UTF-8", "Antes de la foto."),
          binaryPart("image/jpeg; name=foto.jpg", "inline; filename=foto.jpg", new byte[] {1, 2, 3}),
          part("text/plain; charset=UTF-8", "Después de la foto.")));
      assertEquals("Antes de la foto.\n\nDespués de la foto.", email.text());
      assertEquals(1, email.attachments().size());
      assertTrue(email.attachments().get(0).inline());
    }

    @Test
    void rejoinsFormatFlowedLines() throws Exception {
      ParsedEmail email = parse(message("Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes\n",
          "Una línea parti \nda y otra  \nunida.\n"));
      assertEquals("Una línea partida y otra unida.", email.text());
    }

    @Test
    void removesControlAndBidiOverrideCharacters() throws Exception {
      ParsedEmail email = parse(message("Content-Type: text/plain; charset=UTF-8\n", "Hola\u0007 \u202Emundo\u202C\r\n"));
      assertEquals("Hola mundo", email.text());
    }

    @Test
    void readsAnUnknownTransferEncodingAsItIs() throws Exception {
      ParsedEmail email = parse(message(
          "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: x-unheard-of\n", "Texto legible"));
      assertEquals("Texto legible", email.text());
    }
  }

  @Nested
  class Quotes {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "On Mon, Nov 2, 2026 at 9:15 AM Consulado <c@example.org> wrote:",
        "El lun, 2 nov 2026 a las 9:15, Consulado (<c@example.org>) escribió:",
        "Le lun. 2 nov. 2026 à 09:15, Consulat <c@example.org> a écrit :",
        "Em seg., 2 de nov. de 2026 às 09:15, Consulado <c@example.org> escreveu:",
        "-----Original Message-----",
        "-----Mensaje original-----",
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "From: Consulado <c@example.org>\nSent: Monday, November 2, 2026 9:15 AM",
        "De: Consulado <c@example.org>\nEnviado el: lunes, 2 de noviembre de 2026 9:15",
    })
    void separatesWhatFollowsAReplyOrForwardHeader(String header) throws Exception {
      ParsedEmail email = parse(message("Content-Type: text/plain; charset=UTF-8\n",
          "Mi respuesta nueva.\n\n" + header + "\nTexto anterior del consulado.\n"));
      assertEquals("Mi respuesta nueva.", email.text());
      assertTrue(email.quotedText().startsWith(QuoteSplitter.QUOTE_MARK + "\n"), email.quotedText());
      assertTrue(email.quotedText().contains("Texto anterior del consulado."), email.quotedText());
    }

    @Test
    void movesGreaterThanLinesToTheQuotedTextAndMarksWhereTheyWere() throws Exception {
      ParsedEmail email = parse(message("Content-Type: text/plain; charset=UTF-8\n",
          "> ¿Fecha de nacimiento?\n12 de mayo de 1990\n> ¿Estatura?\n1.70 m\n"));
      assertEquals(QuoteSplitter.OMISSION + "\n12 de mayo de 1990\n" + QuoteSplitter.OMISSION + "\n1.70 m", email.text());
      assertTrue(email.quotedText().contains("> ¿Fecha de nacimiento?"));
      assertTrue(email.quotedText().contains("> ¿Estatura?"));
    }

    @Test
    void keepsAGmailQuoteDivApartFromTheText() throws Exception {
      ParsedEmail email = parse(message("Content-Type: text/html; charset=UTF-8\n",
          "<div dir=\"ltr\">Respuesta</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">El lun escribió:</div>"
              + "<blockquote class=\"gmail_quote\">Pregunta del consulado</blockquote></div>"));
      assertEquals("Respuesta", email.text());
      assertTrue(email.quotedText().contains("Pregunta del consulado"));
    }

    @Test
    void cutsEverythingAfterAnOutlookReplyHeaderInHtml() throws Exception {
      ParsedEmail email = parse(message("Content-Type: text/html; charset=UTF-8\n",
          "<div>Respuesta</div><div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> C</div>"
              + "<div>Mensaje original</div>"));
      assertEquals("Respuesta", email.text());
      assertTrue(email.quotedText().contains("Mensaje original"));
    }

    @Test
    void doesNotTakeAnOrdinaryLineStartingWithDeForAHeaderBlock() throws Exception {
      String body = "De: mi hermano Juan\nFecha: 12 de mayo\nLugar: Tijuana";
      ParsedEmail email = parse(message("Content-Type: text/plain; charset=UTF-8\n", body));
      assertEquals(body, email.text());
      assertEquals("", email.quotedText());
    }
  }

  @Nested
  class Attachments {

    @Test
    void anOversizeAttachmentKeepsItsSizeAndANoteButNoContent() throws Exception {
      byte[] big = new byte[(int) LIMIT + 1];
      ParsedEmail email = parse(multipart("mixed",
          part("text/plain; charset=UTF-8", "Adjunto"),
          binaryPart("application/pdf; name=denuncia.pdf", "attachment; filename=denuncia.pdf", big)));
      ParsedEmail.Attachment a = email.attachments().get(0);
      assertTrue(a.oversize());
      assertNull(a.content());
      assertEquals(LIMIT + 1, a.size());
      assertTrue(a.note().contains("denuncia.pdf"), a.note());
    }

    @Test
    void anAttachmentAtTheLimitIsKept() throws Exception {
      byte[] exact = new byte[(int) LIMIT];
      exact[0] = 42;
      ParsedEmail email = parse(multipart("mixed",
          part("text/plain; charset=UTF-8", "Adjunto"),
          binaryPart("application/octet-stream", "attachment; filename=a.bin", exact)));
      assertFalse(email.attachments().get(0).oversize());
      assertArrayEquals(exact, email.attachments().get(0).content());
    }

    @Test
    void anImageReferencedByContentIdIsAnInlineAttachment() throws Exception {
      ParsedEmail email = parse(multipart("related",
          part("text/html; charset=UTF-8", "<p>Foto:</p><img src=\"cid:foto1\">"),
          "Content-Type: image/png\nContent-ID: <foto1>\nContent-Transfer-Encoding: base64\n\n"
              + Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'}) + "\n"));
      ParsedEmail.Attachment a = email.attachments().get(0);
      assertTrue(a.inline());
      assertEquals("image/png", a.mediaType());
      assertEquals("adjunto-1.png", a.fileName());
      assertEquals("Foto:", email.text());
    }

    @Test
    void anAttachedMessageIsKeptAndItsTextAppendedAsAForwardedSection() throws Exception {
      String inner = "From: Tia <tia@example.com>\r\nSubject: Lo de Rigo\r\nMessage-ID: <inner@example.com>\r\n"
          + "Content-Type: text/plain; charset=UTF-8\r\n\r\nRigo salió de Nuevo Laredo.\r\n";
      ParsedEmail email = parse(multipart("mixed",
          part("text/plain; charset=UTF-8", "Les reenvío el correo."),
          "Content-Type: message/rfc822\nContent-Disposition: attachment\n\n" + inner));
      assertEquals("Les reenvío el correo.", email.text());
      ParsedEmail.Attachment a = email.attachments().get(0);
      assertEquals("message/rfc822", a.mediaType());
      assertEquals("Lo de Rigo.eml", a.fileName());
      assertTrue(new String(a.content(), StandardCharsets.UTF_8).contains("Rigo salió de Nuevo Laredo."));
      assertTrue(email.quotedText().startsWith(BodyExtractor.FORWARDED_MARK + " (Lo de Rigo.eml) ---"), email.quotedText());
      assertTrue(email.quotedText().contains("Rigo salió de Nuevo Laredo."));
    }

    @Test
    void fileNamesLoseDirectoriesAndControlCharacters() throws Exception {
      ParsedEmail email = parse(multipart("mixed",
          part("text/plain; charset=UTF-8", "x"),
          binaryPart("application/octet-stream", "attachment; filename=\"..\\\\..//etc/pass\u0001wd\"", new byte[] {1})));
      assertEquals("passwd", email.attachments().get(0).fileName());
    }

    @Test
    void aBrokenBase64AttachmentIsSalvaged() throws Exception {
      ParsedEmail email = parse(multipart("mixed",
          part("text/plain; charset=UTF-8", "x"),
          "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=a.bin\n"
              + "Content-Transfer-Encoding: base64\n\nAQID!!**\nBA\n"));
      assertArrayEquals(new byte[] {1, 2, 3, 4}, email.attachments().get(0).content());
    }

    @Test
    void rfc2231FileNamesAreDecoded() throws Exception {
      ParsedEmail email = parse(multipart("mixed",
          part("text/plain; charset=UTF-8", "x"),
          binaryPart("application/pdf", "attachment; filename*0*=UTF-8''acta%20de%20nacimi; filename*1*=ento%20Jos%C3%A9.pdf",
              new byte[] {1})));
      assertEquals("acta de nacimiento José.pdf", email.attachments().get(0).fileName());
    }
  }

  @Nested
  class Charsets {

    @Test
    void undeclaredEightBitTextThatIsUtf8IsReadAsUtf8AndFlagged() throws Exception {
      ParsedEmail email = parse(bytes(header("Content-Type: text/plain\n"), "Año y señal".getBytes(StandardCharsets.UTF_8)));
      assertEquals("Año y señal", email.text());
      assertTrue(email.charsetProblems());
    }

    @Test
    void undeclaredEightBitTextThatIsNotUtf8IsReadAsWindows1252AndFlagged() throws Exception {
      ParsedEmail email = parse(bytes(header(""), "“Año” y señal €".getBytes(CP1252)));
      assertEquals("“Año” y señal €", email.text());
      assertTrue(email.charsetProblems());
    }

    @Test
    void declaredIso88591IsReadLikeWindows1252WithoutAProblem() throws Exception {
      ParsedEmail email = parse(bytes(header("Content-Type: text/plain; charset=iso-8859-1\n"), "“niño”".getBytes(CP1252)));
      assertEquals("“niño”", email.text());
      assertFalse(email.charsetProblems());
    }

    @Test
    void anIso88591LabelOnUtf8BytesIsReadAsUtf8AndFlagged() throws Exception {
      ParsedEmail email = parse(bytes(header("Content-Type: text/plain; charset=ISO-8859-1\n"),
          "México".getBytes(StandardCharsets.UTF_8)));
      assertEquals("México", email.text());
      assertTrue(email.charsetProblems());
    }

    @Test
    void aUtf8LabelOnBytesThatAreNotUtf8FallsBackToWindows1252() throws Exception {
      ParsedEmail email = parse(bytes(header("Content-Type: text/plain; charset=utf-8\n"), "Peña".getBytes(CP1252)));
      assertEquals("Peña", email.text());
      assertTrue(email.charsetProblems());
    }

    @Test
    void anUnknownCharsetIsGuessed() throws Exception {
      ParsedEmail email = parse(bytes(header("Content-Type: text/plain; charset=unknown-8bit\n"),
          "Peña".getBytes(StandardCharsets.UTF_8)));
      assertEquals("Peña", email.text());
      assertTrue(email.charsetProblems());
    }

    @Test
    void quotedPrintableWindows1252IsDecoded() throws Exception {
      ParsedEmail email = parse(message(
          "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n",
          "=93Lupita=94 pag=F3 100 =80 por una l=EDnea =\nlarga"));
      assertEquals("“Lupita” pagó 100 € por una línea larga", email.text());
      assertFalse(email.charsetProblems());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        =?UTF-8?Q?B=C3=BAsqueda_de_Jos=C3=A9?=                          | Búsqueda de José
        =?utf-8?B?QsO6c3F1ZWRhIGRlIEpvc8Op?=                          | Búsqueda de José
        =?ISO-8859-1?Q?Informaci=F3n_de_mi_pap=E1?=                   | Información de mi papá
        =?ISO-8859-1?B?SW5mb3JtYWNp824gZGUgbWkgcGFw4Q==?=             | Información de mi papá
        =?UTF-8?B?QmVnb8O=?= =?UTF-8?B?sWE=?=                          | Begoña
        Re: =?UTF-8?Q?Acuse?= =?UTF-8?Q?_de_recibo?= MAE-2026-000123  | Re: Acuse de recibo MAE-2026-000123
        =?UTF-8*es?Q?a=C3=B1o?=                                      | año
        """)
    void decodesEncodedWordSubjects(String encoded, String decoded) throws Exception {
      ParsedEmail email = parse(message("Subject: " + encoded + "\n", "x"));
      assertEquals(decoded, email.subject());
      assertFalse(email.charsetProblems());
    }

    @Test
    void readsRawEightBitHeadersAsUtf8OrWindows1252() throws Exception {
      ParsedEmail utf8 = parse(bytes("Subject: Año\r\nFrom: José <j@example.com>\r\n\r\nx".getBytes(StandardCharsets.UTF_8)));
      assertEquals("Año", utf8.subject());
      assertEquals("José", utf8.fromName());
      assertFalse(utf8.charsetProblems());
      ParsedEmail cp1252 = parse(bytes("Subject: Año\r\nFrom: José <j@example.com>\r\n\r\nx".getBytes(CP1252)));
      assertEquals("Año", cp1252.subject());
      assertEquals("José", cp1252.fromName());
      assertTrue(cp1252.charsetProblems());
    }
  }

  @Nested
  class Senders {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
        María López <maria@example.com>                 | maria@example.com | María López
        "López, María" <maria@example.com>              | maria@example.com | López, María
        =?UTF-8?Q?Mar=C3=ADa?= <maria@example.com>      | maria@example.com | María
        maria@example.com                               | maria@example.com | -
        maria@example.com (María López)                 | maria@example.com | María López
        María López maria@example.com                   | maria@example.com | María López
        <maria@example.com>                             | maria@example.com | -
        María López                                     | -                 | María López
        """)
    void readsTheSenderLeniently(String from, String address, String name) throws Exception {
      ParsedEmail email = parse(message("From: " + from + "\n", "x"));
      assertEquals(address, email.from());
      assertEquals(name, email.fromName());
    }
  }

  @Nested
  class AutoReplies {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Auto-Submitted: auto-replied",
        "Auto-Submitted: auto-generated; owner-email=\"x@example.org\"",
        "Precedence: bulk",
        "Precedence: list",
        "Precedence: junk",
        "Precedence: auto_reply",
        "List-Id: <familias.lists.example.org>",
        "List-Unsubscribe: <mailto:leave@lists.example.org>",
        "Return-Path: <>",
        "From: MAILER-DAEMON@mx.example.org",
        "From: Postmaster <postmaster@example.org>",
        "X-Autoreply: yes",
        "X-Auto-Response-Suppress: All",
    })
    void recognisesAutomaticMail(String header) throws Exception {
      assertTrue(parse(message(header + "\n", "Estoy fuera de la oficina.")).autoSubmitted());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Auto-Submitted: no", "Precedence: first-class", "Return-Path: <maria@example.com>", "X-Mailer: Gmail"})
    void takesMailAPersonWroteForMailAPersonWrote(String header) throws Exception {
      assertFalse(parse(message(header + "\n", "Mi hijo desapareció.")).autoSubmitted());
    }
  }

  @Nested
  class Languages {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        es | Mi hijo desapareció en Reynosa el martes y no contesta el teléfono.
        en | My son disappeared in Reynosa on Tuesday and does not answer his phone.
        fr | Mon fils a disparu à Reynosa mardi et il ne répond pas au téléphone.
        pt | Meu filho desapareceu em Reynosa na terça-feira e não atende o telefone.
        de | Mein Sohn ist am Dienstag in Reynosa verschwunden und geht nicht ans Telefon.
        it | Mio figlio è scomparso a Reynosa martedì e non risponde al telefono.
        nl | Mijn zoon is dinsdag in Reynosa verdwenen en neemt zijn telefoon niet op.
        """)
    void detectsTheLanguageOfTheTextAndSubject(String language, String text) throws Exception {
      assertEquals(language, parse(message("Subject: Reynosa\n", text)).language());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Gracias!", "ok", "https://example.org/una/direccion/muy/larga/sin/palabras", "12345 67890"})
    void givesNoLanguageForTooLittleText(String text) throws Exception {
      assertNull(parse(message("", text)).language());
    }

    @Test
    void buildsTheDetectorOnce() {
      assertSame(LanguageDetection.detector(), LanguageDetection.detector());
    }
  }

  @Nested
  class Robustness {

    @ParameterizedTest(name = "[{index}] «{0}»")
    @ValueSource(strings = {"", "   \r\n\r\n", "%PDF-1.7\n1 0 obj", "hello world\nthis is not mail\n", "X-Custom: only\n\nbody"})
    void refusesWhatIsNoEmail(String raw) {
      assertThrows(UnparseableEmailException.class, () -> parse(raw.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesBinaryDataAndNull() {
      assertThrows(UnparseableEmailException.class, () -> parse(new byte[] {0, 1, 2, (byte) 0xFF, 0, ':', 10}));
      assertThrows(UnparseableEmailException.class, () -> parse(null));
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @ValueSource(strings = {"\r\n\r\nFrom: María <m@example.com>\r\n", "From m@example.com Mon Nov  2 10:00:00 2026\nFrom: María <m@example.com>\n"})
    void readsMessagesWithBlankLinesOrAnMboxLineBeforeTheHeaders(String head) throws Exception {
      ParsedEmail email = parse((head + "Subject: Hola\r\n\r\nTexto").getBytes(StandardCharsets.UTF_8));
      assertEquals("m@example.com", email.from());
      assertEquals("Hola", email.subject());
      assertEquals("Texto", email.text());
    }

    @Test
    void rejectsANegativeLimit() {
      assertThrows(IllegalArgumentException.class, () -> PARSER.parse(message("", "x"), -1));
    }

    @Test
    void readsAMultipartWithoutItsEndBoundary() throws Exception {
      ParsedEmail email = parse(message("Content-Type: multipart/mixed; boundary=\"b\"\n",
          "--b\nContent-Type: text/plain; charset=UTF-8\n\nTexto sin cierre\n--b\nContent-Type: image/png\n"
              + "Content-Disposition: attachment; filename=f.png\nContent-Transfer-Encoding: base64\n\nAQID"));
      assertEquals("Texto sin cierre", email.text());
      assertEquals(1, email.attachments().size());
    }

    @Test
    void readsAMultipartWhoseBoundaryIsNeverUsedAsText() throws Exception {
      ParsedEmail email = parse(message("Content-Type: multipart/mixed; boundary=\"nowhere\"\n", "Texto suelto"));
      assertEquals("Texto suelto", email.text());
    }

    @Test
    void readsHeadersWithUnbalancedQuotesAndStrayLines() throws Exception {
      ParsedEmail email = parse(bytes(("From: a@example.com\r\nnot a header\r\nSubject: s\r\n"
          + "Content-Type: text/plain; charset=\"utf-8; format=flowed\r\n\r\nTexto útil").getBytes(StandardCharsets.UTF_8)));
      assertEquals("Texto útil", email.text());
      assertEquals("s", email.subject());
    }

    @Test
    void anAttachedMessageThatIsNoEmailStaysAnAttachment() throws Exception {
      ParsedEmail email = parse(multipart("mixed",
          part("text/plain; charset=UTF-8", "Adjunto"),
          "Content-Type: message/rfc822\n\n%PDF-1.7 garbage\n"));
      assertEquals(1, email.attachments().size());
      assertEquals("", email.quotedText());
    }

    @Test
    void pathologicalInputsTakeLinearTime() {
      String longToken = "a".repeat(300_000);
      String spaces = " ".repeat(300_000);
      String body = longToken + "\n" + spaces + "x\n" + "-".repeat(300_000) + "\n" + "On " + spaces + "x\n"
          + "> " + longToken + "\n" + "<".repeat(100_000) + "\n";
      byte[] raw = message("Subject: " + "=?".repeat(50_000) + "\nMessage-ID: <" + longToken + ">\n"
          + "Content-Type: text/plain; charset=UTF-8\n", body);
      byte[] html = message("From: " + "x".repeat(200_000) + " <" + "<".repeat(50_000) + "\n"
          + "Content-Type: text/html; charset=UTF-8\n", "<div>".repeat(20_000) + spaces + "y" + longToken);
      ParsedEmail email = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(raw));
      assertFalse(email.hasMessageId(), "an absurdly long Message-ID is not a key");
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(html));
    }

    @Test
    void parsingDoesNotDependOnJakartaMailSystemProperties() {
      assertNull(System.getProperty("mail.mime.parameters.strict"));
      assertNull(System.getProperty("mail.mime.decodetext.strict"));
    }
  }

  private static ParsedEmail parse(byte[] raw) throws UnparseableEmailException {
    return PARSER.parse(raw, LIMIT);
  }

  /** A message with a From line, the extra header lines given, and a body; LF turned into CRLF. */
  private static byte[] message(String extraHeaders, String body) {
    String from = extraHeaders.startsWith("From:") ? "" : "From: Familia <familia@example.com>\n";
    return (from + extraHeaders + "MIME-Version: 1.0\n\n" + body).replace("\r\n", "\n").replace("\n", "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String header(String extraHeaders) {
    return ("From: Familia <familia@example.com>\n" + extraHeaders + "\n").replace("\n", "\r\n");
  }

  private static byte[] bytes(String header, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static byte[] bytes(byte[] raw) {
    return raw;
  }

  private static byte[] multipart(String subtype, String... parts) {
    StringBuilder body = new StringBuilder();
    for (String p : parts) {
      body.append("--BOUNDARY\n").append(p).append('\n');
    }
    body.append("--BOUNDARY--\n");
    return message("Content-Type: multipart/" + subtype + "; boundary=\"BOUNDARY\"\n", body.toString());
  }

  private static String part(String contentType, String text) {
    return "Content-Type: " + contentType + "\nContent-Transfer-Encoding: 8bit\n\n" + text;
  }

  private static String binaryPart(String contentType, String disposition, byte[] content) {
    return "Content-Type: " + contentType + "\nContent-Disposition: " + disposition
        + "\nContent-Transfer-Encoding: base64\n\n" + Base64.getMimeEncoder().encodeToString(content);
  }
}
