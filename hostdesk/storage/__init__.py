"""The vault: key derivation, encrypted database, models, migrations, repositories, audit."""
