package dev.cogbot.runtime.install;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder served read-only over HTTP on the loopback address, behind a Basic login: a remote repository with no network. */
public final class FolderOverHttp {

    private FolderOverHttp() {
    }

    /** Serves {@code folder} on a free port of 127.0.0.1 to {@code user} with {@code password}; stop it when done. */
    public static HttpServer serve(Path folder, String user, String password) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = folder.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(folder) && Files.isRegularFile(file);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(found ? 200 : 404, found && !head ? Files.size(file) : -1);
            if (found && !head) {
                try (OutputStream body = exchange.getResponseBody()) {
                    Files.copy(file, body);
                }
            }
            exchange.close();
        }).setAuthenticator(new BasicAuthenticator("repository") {
            @Override
            public boolean checkCredentials(String givenUser, String givenPassword) {
                return user.equals(givenUser) && password.equals(givenPassword);
            }
        });
        server.start();
        return server;
    }
}
