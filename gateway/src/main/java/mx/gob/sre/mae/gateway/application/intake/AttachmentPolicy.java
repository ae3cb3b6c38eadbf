package mx.gob.sre.mae.gateway.application.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which files a report may carry: JPEG, PNG or PDF by content, within a size limit and a count. */
public class AttachmentPolicy {

  public static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "application/pdf");
  public static final int MAX_FILES = 10;

  private long maxBytes;

  protected AttachmentPolicy() {}

  public AttachmentPolicy(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  public int maxMegabytes() {
    return (int) (maxBytes / (1024 * 1024));
  }

  /** Problems with the files; empty when all are acceptable. */
  public List<Violation> check(List<UploadedFile> files, ContentTypeDetector detector) {
    List<Violation> problems = new ArrayList<>();
    if (files.size() > MAX_FILES) {
      problems.add(Violation.of("attachments", "error.tooManyAttachments", MAX_FILES));
      return problems;
    }
    for (int i = 0; i < files.size(); i++) {
      UploadedFile f = files.get(i);
      String field = "attachments[" + i + "]";
      if (f.content().length > maxBytes) {
        problems.add(Violation.of(field, "error.attachmentTooLarge", maxMegabytes()));
      } else if (!ACCEPTED.contains(detector.detect(f.content()))) {
        problems.add(Violation.of(field, "error.attachmentType"));
      }
    }
    return problems;
  }
}
