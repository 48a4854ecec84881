import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const pw = () => rand(ALNUM, 16);
  const [p1, p2, p3, p4, p5, p6, p7] = [pw(), pw(), pw(), pw(), pw(), pw(), pw()];
  const at = join(rand(ALNUM, 6), '@', rand(ALNUM, 8));
  return {
    'database-connection-url': {
      truePositives: [
        { text: `DATABASE_URL=postgres://app:${p1}@db.internal:5432/app`, secret: p1 },
        { text: `const uri = "mongodb+srv://svc:${p2}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true";`, secret: p2 },
        { text: `REDIS_URL=redis://:${p3}@cache.internal:6379/0`, secret: p3 },
        { text: `broker_url: amqp://worker:${p4}@rabbit:5672/jobs`, secret: p4 },
        { text: `engine = create_engine("mssql+pyodbc://sa:${p5}@sql01/app?driver=ODBC+Driver+18")`, secret: p5 },
        { text: `spring.datasource.url=jdbc:mysql://admin:${p6}@db:3306/app`, secret: p6 },
        { text: `MONGO_URI=mongodb://root:${at}@mongo:27017/admin`, secret: at },
      ],
      falsePositives: [
        { text: 'DATABASE_URL=postgres://user:password@localhost:5432/db' },
        { text: 'const MYSQL_TEMPLATE = "mysql://user:${PASSWORD}@example.com:3306/db";' },
        { text: 'postgresql://{username}:{password}@{{host}}:5432/{database}' },
        { text: 'DATABASE_URL=postgres://app:@localhost/app' },
        { text: 'mongodb://admin:****@mongo.internal:27017' },
        { text: 'REDIS_URL=redis://localhost:6379' },
        { text: 'POSTGRES_URL=postgres://postgres:postgres@localhost:5432/database' },
        { text: 'AMQP_URL=amqp://guest:guest@localhost:5672/' },
        { text: 'DB_URL = postgres://$(PGUSER):$(PGPASSWORD)@$(PGHOST)/$(PGDATABASE)' },
        { text: 'const DOC_EXAMPLE = "mysql://admin:REPLACE_WITH_PASSWORD@mysql.server.com:3306/database";' },
      ],
    },
    'jdbc-connection-password': {
      truePositives: [
        { text: `url=jdbc:postgresql://db:5432/app?user=app&password=${p7}&ssl=true`, secret: p7 },
        { text: `jdbc:sqlserver://sql01:1433;databaseName=app;user=sa;password=${p1};encrypt=true`, secret: p1 },
        { text: `DB_URL="jdbc:oracle:thin:scott/${p2}@//db.internal:1521/ORCL"`, secret: p2 },
      ],
      falsePositives: [
        { text: 'jdbc:postgresql://db:5432/app?user=app&password=${DB_PASSWORD}' },
        { text: 'jdbc:oracle:thin:scott/tiger@localhost:1521:orcl' },
        { text: 'jdbc:mysql://db:3306/app?useSSL=true&serverTimezone=UTC' },
      ],
    },
    'odbc-connection-password': {
      truePositives: [
        {
          text: `"ConnectionStrings": { "Default": "Server=tcp:sql01.internal,1433;Initial Catalog=app;User ID=app;Password=${p3};Encrypt=True;" }`,
          secret: p3,
        },
        { text: `Driver={ODBC Driver 18 for SQL Server};Server=db;Database=app;Uid=app;Pwd={${p4}};`, secret: p4 },
        { text: `var cs = "Data Source=db01;User Id=app;Password='${p5}';";`, secret: p5 },
      ],
      falsePositives: [
        { text: 'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;' },
        { text: 'Host=your_host; Port=5432; Database=your_database; Username=your_username; Password=your_password;' },
        { text: 'Server=db01;Database=app;Integrated Security=SSPI;' },
      ],
    },
  };
}
