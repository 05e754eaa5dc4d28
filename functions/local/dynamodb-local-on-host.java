import java.lang.reflect.Field;
import java.util.Arrays;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local listening on one address only. Its own command line has no option for the address, and its Jetty
 * server binds every interface, so anyone on the network could read and write the local table. This launcher
 * builds the server from the usual options, sets the host on its connector, and starts it.
 *
 * Run as a single-file source program (needs a JDK):
 *   java -cp DynamoDBLocal.jar:DynamoDBLocal_lib/* dynamodb-local-on-host.java <host> <DynamoDB Local options>
 */
public class DynamoDbLocalOnHost {
  public static void main(String[] args) throws Exception {
    String host = args[0];
    DynamoDBProxyServer proxy =
        ServerRunner.createServerFromCommandLineArgs(Arrays.copyOfRange(args, 1, args.length));
    // The Jetty server is private and the connector is made in the constructor: set its host before start().
    Field server = DynamoDBProxyServer.class.getDeclaredField("server");
    server.setAccessible(true);
    for (Connector connector : ((Server) server.get(proxy)).getConnectors()) {
      ((ServerConnector) connector).setHost(host);
    }
    proxy.start();
  }
}
