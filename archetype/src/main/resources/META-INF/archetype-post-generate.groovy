// The archetype renders nothing itself: it runs the embedded stream-starter generator with the
// archetype properties, so archetype and CLI produce the same project and the same errors.
import java.nio.file.*

def project = new File(request.outputDirectory, request.artifactId).toPath().toAbsolutePath()
def removeTree = { Path p ->
    if (Files.exists(p)) Files.walk(p).withCloseable { it.sorted(Comparator.reverseOrder()).forEach { Files.delete(it) } }
}
// Take the generator out and drop the placeholder: the generator then sees what the CLI would.
def jar = Files.createTempFile('stream-starter-', '.jar')
Files.copy(project.resolve('.stream-starter/generator.jar'), jar, StandardCopyOption.REPLACE_EXISTING)
removeTree(project.resolve('.stream-starter'))
Files.delete(project.resolve('pom.xml'))
if (Files.list(project).withCloseable { !it.findAny().present }) Files.delete(project)

def err = new ByteArrayOutputStream()
int exitCode
// Isolated from the plugin's own Velocity and Groovy; closed so the jar can be deleted.
def loader = new URLClassLoader([jar.toUri().toURL()] as URL[], ClassLoader.platformClassLoader)
def thread = Thread.currentThread(), previous = thread.contextClassLoader
try {
    thread.contextClassLoader = loader
    exitCode = loader.loadClass('dev.streamstarter.archetype.ArchetypeEntry')
            .getMethod('run', PrintStream, PrintStream, Map, Map, String)
            // Maven's -D properties are system properties too: the generator looks there for typos.
            .invoke(null, System.out, new PrintStream(err, true, 'UTF-8'), request.properties,
                    new HashMap(System.properties), project.toString())
} finally {
    thread.contextClassLoader = previous
    loader.close()
    Files.delete(jar)
}
if (exitCode != 0) {
    // An artifactId with slashes made folders below the output directory: remove the empty ones.
    def base = new File(request.outputDirectory).toPath().toAbsolutePath().normalize()
    for (def folder = project.normalize(); folder != null && folder.startsWith(base) && folder != base; folder = folder.parent) {
        if (!Files.isDirectory(folder)) continue
        if (Files.list(folder).withCloseable { it.findAny().present }) break
        Files.delete(folder)
    }
    def lines = err.toString('UTF-8').readLines()
    lines.drop(1).each { System.err.println(it) }
    throw new IllegalStateException(lines ? lines[0] : "stream-starter failed with exit code ${exitCode}")
}
