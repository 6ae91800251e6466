package org.sitrep.input;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Lists a folder's readable files, recursively, sorted by path. Stateless. */
final class FolderWalk {
  private FolderWalk() {}

  /**
   * Adds the files under {@code folder} to {@code planned} (sorted by path, so runs are repeatable)
   * and the files with other extensions to {@code skipped}. A file or sub-folder that cannot be
   * listed becomes an input with a problem, which reading rejects as unreadable.
   */
  static void walk(Path folder, List<PlannedInput> planned, List<Path> skipped) {
    List<PlannedInput> found = new ArrayList<>();
    List<Path> other = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                Optional<InputFormat> format = InputFormat.byExtension(file);
                if (format.isPresent()) {
                  found.add(new PlannedInput(file.toString(), file, format.get(), null));
                } else {
                  other.add(file);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.add(unreadable(file, e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(unreadable(folder, e));
    }
    found.sort(Comparator.comparing(PlannedInput::path));
    other.sort(Comparator.naturalOrder());
    planned.addAll(found);
    skipped.addAll(other);
  }

  private static PlannedInput unreadable(Path path, IOException e) {
    return new PlannedInput(
        path.toString(),
        path,
        InputFormat.SNIFFED,
        "cannot read " + path + ": " + FileProblems.describe(e));
  }
}
