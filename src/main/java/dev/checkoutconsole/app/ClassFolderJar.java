package dev.checkoutconsole.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Packs a class folder into a jar, because JDK 17 records no class-data archive for a class path with a non-empty
 * folder on it (javafx:run's {@code target/classes}): the same classes from a jar can be archived.
 */
final class ClassFolderJar {
    private ClassFolderJar() {
    }

    /**
     * Writes the folder's files and folders to {@code jar}, whole or not at all: another start that packed the same
     * folder first keeps its jar, which an archive recorded against it may already name.
     */
    static void pack(Path folder, Path jar, long pid) throws IOException {
        Files.createDirectories(jar.getParent());
        Path part = jar.resolveSibling(jar.getFileName() + "." + pid + ".part");
        try {
            try (OutputStream file = Files.newOutputStream(part); JarOutputStream out = new JarOutputStream(file)) {
                for (Path entry : entriesOf(folder)) {
                    String name = folder.relativize(entry).toString().replace(entry.getFileSystem().getSeparator(), "/");
                    boolean isFolder = Files.isDirectory(entry);
                    out.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
                    if (!isFolder) {
                        Files.copy(entry, out);
                    }
                    out.closeEntry();
                }
            }
            // Without REPLACE_EXISTING: a rename within one folder, refused when the jar is there already.
            Files.move(part, jar);
        } catch (FileAlreadyExistsException packedByAnotherStart) {
            // Its jar has the same classes.
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static List<Path> entriesOf(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            return tree.filter(path -> !path.equals(folder)).sorted().collect(Collectors.toList());
        }
    }
}
