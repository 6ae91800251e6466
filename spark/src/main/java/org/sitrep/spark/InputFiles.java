package org.sitrep.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files of a job, listed on the driver through Hadoop's file systems (a local folder,
 * HDFS, an object store): every file under the input folder, recursively, sorted by path as {@code
 * sitrep extract} sorts a folder.
 *
 * @param folder the input folder as the job was given it
 * @param files the files with the job's extension, sorted
 * @param skipped the other files, which the job does not read
 */
record InputFiles(String folder, List<InputFile> files, List<String> skipped) {
  InputFiles {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /**
   * One file to read.
   *
   * @param origin the file as record origins name it: the input folder as given joined with the
   *     file's path under it, as {@code sitrep extract FOLDER} names it
   * @param uri the file's full Hadoop path, for reading it on an executor
   * @param name the file's name
   */
  record InputFile(String origin, String uri, String name) implements Serializable {}

  /** Lists {@code folder} (or the one file it names) for files ending in {@code extension}. */
  static InputFiles list(String folder, String extension, Configuration hadoop) {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(folder);
    List<InputFile> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      FileStatus top = fs.getFileStatus(root);
      URI base = top.getPath().toUri();
      RemoteIterator<LocatedFileStatus> all = fs.listFiles(root, true);
      while (all.hasNext()) {
        LocatedFileStatus status = all.next();
        org.apache.hadoop.fs.Path path = status.getPath();
        String name = path.getName();
        String origin = top.isDirectory() ? origin(folder, base, path.toUri()) : folder;
        if (name.startsWith(".") || name.startsWith("_")) {
          continue; // Hadoop's own markers and checksums (_SUCCESS, .crc), never articles.
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(extension)) {
          files.add(new InputFile(origin, path.toString(), name));
        } else {
          skipped.add(origin);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the input " + folder + ": " + e.getMessage(), e);
    }
    files.sort(Comparator.comparing(InputFile::origin));
    skipped.sort(Comparator.naturalOrder());
    return new InputFiles(folder, files, skipped);
  }

  private static String origin(String folder, URI base, URI file) {
    String relative = base.relativize(file).getPath();
    if (folder.contains("://")) {
      return folder.endsWith("/") ? folder + relative : folder + "/" + relative;
    }
    // A local folder: named as java.nio names it, so origins match sitrep extract's.
    return Path.of(folder).resolve(relative).toString();
  }
}
