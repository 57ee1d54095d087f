package dev.streamstarter.agreement;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local TCP server that sends the same lines to every client and keeps the connection open. */
final class LineServer implements AutoCloseable {

    private final ServerSocket server;
    private final byte[] content;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();

    private LineServer(List<String> lines) throws IOException {
        this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.content = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        Thread acceptor = new Thread(this::serve, "line-server-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts serving on a free port of 127.0.0.1. */
    static LineServer serving(List<String> lines) throws IOException {
        return new LineServer(lines);
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                OutputStream out = client.getOutputStream();
                out.write(content);
                out.flush();
            } catch (IOException closedOrClientGone) {
                // The server was closed, or a client left early; either way nothing to serve.
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket client : clients) {
            client.close();
        }
    }
}
