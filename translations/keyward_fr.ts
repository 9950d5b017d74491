<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthKeyTab</name>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="9"/>
        <source>Your authentication key lets scripts and tools sign in as you without your e-mail and password: they send it as “personal-access-token” to POST /v1/auth/login/token. You have at most one. It signs in without your second factor (two-factor authentication does not apply to it): treat it like a password and keep it only where it is needed.</source>
        <translation>Votre clé d&apos;authentification permet à des scripts et à des outils de se connecter en votre nom sans votre adresse e-mail ni votre mot de passe&#xa0;: ils l&apos;envoient comme «&#xa0;personal-access-token&#xa0;» à POST /v1/auth/login/token. Vous en avez au plus une. Elle connecte sans votre second facteur (la double authentification ne s’applique pas à elle)&#xa0;: traitez-la comme un mot de passe et ne la gardez que là où elle est nécessaire.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="15"/>
        <source>You have no authentication key yet.</source>
        <translation>Vous n&apos;avez pas encore de clé d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="25"/>
        <source>Your new authentication &amp;key:</source>
        <translation>Votre nouvelle &amp;clé d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="34"/>
        <source>New authentication key</source>
        <translation>Nouvelle clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="39"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="40"/>
        <source>Copy the key to the clipboard</source>
        <translation>Copier la clé dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="41"/>
        <source>Copy key</source>
        <translation>Copier la clé</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="48"/>
        <source>Copy it now and keep it somewhere safe: it will not be shown again.</source>
        <translation>Copiez-la maintenant et conservez-la en lieu sûr&#xa0;: elle ne sera plus affichée.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="62"/>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="67"/>
        <source>Key prefix</source>
        <translation>Préfixe de la clé</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="73"/>
        <source>Created:</source>
        <translation>Créée le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="78"/>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="83"/>
        <source>Last used:</source>
        <translation>Dernière utilisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="88"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="101"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="102"/>
        <source>Generate your authentication key</source>
        <translation>Générer votre clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="103"/>
        <source>Generate authentication key</source>
        <translation>Générer la clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="108"/>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Régénérer…</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="109"/>
        <source>Replace the key with a new one; the current key stops working at once</source>
        <translation>Remplacer la clé par une nouvelle&#xa0;; la clé actuelle cesse immédiatement de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="110"/>
        <source>Regenerate authentication key</source>
        <translation>Régénérer la clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="115"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="116"/>
        <source>Delete the key; it stops working at once</source>
        <translation>Supprimer la clé&#xa0;; elle cesse immédiatement de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="117"/>
        <source>Delete authentication key</source>
        <translation>Supprimer la clé d&apos;authentification</translation>
    </message>
</context>
<context>
    <name>Keyward::ApiClient</name>
    <message>
        <location filename="../core/ApiClient.cpp" line="123"/>
        <source>There is no session that could be renewed</source>
        <translation>Aucune session ne peut être renouvelée</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="189"/>
        <source>No server address is set</source>
        <translation>Aucune adresse de serveur n’est définie</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="286"/>
        <source>The request was canceled</source>
        <translation>La requête a été annulée</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="290"/>
        <source>The server at %1 did not answer within %2 s</source>
        <translation>Le serveur %1 n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="298"/>
        <source>The answer from %1 could not be understood: %2</source>
        <translation>La réponse de %1 est incompréhensible : %2</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="304"/>
        <source>The server at %1 closed the connection without a complete answer</source>
        <translation>Le serveur %1 a fermé la connexion sans réponse complète</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="306"/>
        <source>Could not connect to the server at %1: nothing answers there</source>
        <translation>Connexion impossible au serveur %1 : rien n’y répond</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="308"/>
        <source>Could not reach the server at %1: %2</source>
        <translation>Le serveur %1 est injoignable : %2</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="319"/>
        <source>The answer from %1 (HTTP %2) is not a Keyward response</source>
        <translation>La réponse de %1 (HTTP %2) n’est pas une réponse Keyward</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="330"/>
        <source>The answer from %1 (HTTP %2) contradicts itself</source>
        <translation>La réponse de %1 (HTTP %2) est contradictoire</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="364"/>
        <source>The server did not send a session token</source>
        <translation>Le serveur n’a pas envoyé de jeton de session</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="374"/>
        <source>The server did not send a refresh token</source>
        <translation>Le serveur n’a pas envoyé de jeton de renouvellement</translation>
    </message>
</context>
<context>
    <name>Keyward::ApiKeyModel</name>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="248"/>
        <location filename="../ui/ApiKeyModel.cpp" line="372"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="250"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="252"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="309"/>
        <location filename="../ui/ApiKeyModel.cpp" line="311"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeyModel.cpp" line="365"/>
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Expire dans %n jour, le %1</numerusform>
            <numerusform>Expire dans %n jours, le %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="368"/>
        <source>Expired on %1</source>
        <translation>Expirée le %1</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="370"/>
        <source>Revoked: the key does not work until it is re-activated</source>
        <translation>Révoquée&#xa0;: la clé ne fonctionne plus jusqu&apos;à ce qu&apos;elle soit réactivée</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="382"/>
        <source>Last used on %1 from %2</source>
        <translation>Dernière utilisation le %1 depuis %2</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="385"/>
        <source>Key id: %1</source>
        <translation>Identifiant de la clé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="409"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="411"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="413"/>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="415"/>
        <source>Scopes</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="417"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="419"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="421"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="423"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="425"/>
        <source>Last used from</source>
        <translation>Dernière utilisation depuis</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="427"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Keyward::ApiKeysTab</name>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="36"/>
        <source>API Keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="48"/>
        <source>Search by name, prefix or description…</source>
        <translation>Rechercher par nom, préfixe ou description…</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="49"/>
        <source>Search keys</source>
        <translation>Rechercher des clés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="58"/>
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expire d&apos;ici %n jour</numerusform>
            <numerusform>Expire d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="66"/>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="70"/>
        <source>Your API keys</source>
        <translation>Vos clés d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="88"/>
        <source>Key actions</source>
        <translation>Actions sur les clés</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="101"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="221"/>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="223"/>
        <source>No keys yet. Create one with New key (%1).</source>
        <translation>Aucune clé pour l’instant. Créez-en une avec « Nouvelle clé » (%1).</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="226"/>
        <source>No key matches the search and filters.</source>
        <translation>Aucune clé ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="228"/>
        <source>No keys yet</source>
        <translation>Aucune clé pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="230"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="232"/>
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 sur %n clé</numerusform>
            <numerusform>%1 sur %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="241"/>
        <source>%n of your active keys expire(s) within %1 days. Edit them to extend the expiry.</source>
        <translation>
            <numerusform>%n de vos clés actives expire dans les %1 jours. Modifiez-la pour prolonger son expiration.</numerusform>
            <numerusform>%n de vos clés actives expirent dans les %1 jours. Modifiez-les pour prolonger leur expiration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::ApiReply</name>
    <message>
        <location filename="../core/ApiReply.cpp" line="40"/>
        <source>The request was canceled</source>
        <translation>La requête a été annulée</translation>
    </message>
</context>
<context>
    <name>Keyward::AuditModel</name>
    <message>
        <location filename="../ui/AuditModel.cpp" line="31"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="33"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="35"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="37"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="39"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="41"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Keyward::AuditTab</name>
    <message>
        <location filename="../ui/AuditTab.cpp" line="26"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="28"/>
        <source>Load &amp;older entries</source>
        <translation>Charger les entrées plus a&amp;nciennes</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="31"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="38"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="40"/>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="41"/>
        <source>Keys created</source>
        <translation>Clés créées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="42"/>
        <source>Keys edited</source>
        <translation>Clés modifiées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="43"/>
        <source>Keys revoked</source>
        <translation>Clés révoquées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="44"/>
        <source>Keys re-activated</source>
        <translation>Clés réactivées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="45"/>
        <source>Keys rotated</source>
        <translation>Clés renouvelées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="46"/>
        <source>Keys deleted</source>
        <translation>Clés supprimées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="47"/>
        <source>Revoked keys used</source>
        <translation>Clés révoquées utilisées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="48"/>
        <source>Authentication keys</source>
        <translation>Clés d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="49"/>
        <source>Password changes</source>
        <translation>Changements de mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="50"/>
        <source>Users changed</source>
        <translation>Utilisateurs modifiés</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="54"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="55"/>
        <location filename="../ui/AuditTab.cpp" line="135"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="56"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="57"/>
        <source>Filter loaded entries…</source>
        <translation>Filtrer les entrées chargées…</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="59"/>
        <source>Filter the audit log</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="72"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="75"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditTab.cpp" line="166"/>
        <source>%n audit entries shown</source>
        <translation>
            <numerusform>%n entrée d&apos;audit affichée</numerusform>
            <numerusform>%n entrées d&apos;audit affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::AuthKeyTab</name>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="32"/>
        <source>Authentication Key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="100"/>
        <source>%1…</source>
        <comment>the display prefix of a key; the rest is never shown</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="102"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="106"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="110"/>
        <source>%1 from %2</source>
        <comment>time, client address</comment>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="144"/>
        <source>Regenerate the authentication key?</source>
        <translation>Régénérer la clé d&apos;authentification&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="145"/>
        <source>The current key stops working at once, and the sessions opened with it end. Scripts and tools that use it need the new key.</source>
        <translation>La clé actuelle cesse immédiatement de fonctionner et les sessions ouvertes avec elle se terminent. Les scripts et outils qui l&apos;utilisent auront besoin de la nouvelle clé.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="147"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="167"/>
        <source>An authentication key signs in as you without your password, so making one needs a fresh proof that it is you.</source>
        <translation>Une clé d&apos;authentification se connecte en votre nom sans votre mot de passe&#xa0;: pour en créer une, confirmez à nouveau que c&apos;est bien vous.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="163"/>
        <source>A new authentication key replaces the old one, which no longer works.</source>
        <translation>Une nouvelle clé d&apos;authentification remplace l&apos;ancienne, qui ne fonctionne plus.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="164"/>
        <source>Your authentication key has been generated.</source>
        <translation>Votre clé d&apos;authentification a été générée.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="181"/>
        <source>Delete the authentication key?</source>
        <translation>Supprimer la clé d&apos;authentification&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="182"/>
        <source>The key %1… stops working at once, and the sessions opened with it end. Scripts and tools that use it can no longer sign in.</source>
        <translation>La clé %1… cesse immédiatement de fonctionner et les sessions ouvertes avec elle se terminent. Les scripts et outils qui l&apos;utilisent ne pourront plus se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="185"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="198"/>
        <source>Your authentication key has been deleted.</source>
        <translation>Votre clé d&apos;authentification a été supprimée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuthKeyTab.cpp" line="212"/>
        <source>Key copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Clé copiée. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Clé copiée. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::ConsoleTab</name>
    <message>
        <location filename="../ui/ConsoleTab.cpp" line="18"/>
        <source>The key “%1” is kept in the system keychain</source>
        <translation>La clé « %1 » est conservée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/ConsoleTab.cpp" line="22"/>
        <source>The key could not be kept in the keychain: %1</source>
        <translation>La clé n’a pas pu être conservée dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>Keyward::CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="48"/>
        <source>New API key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="60"/>
        <source>Edit API key</source>
        <translation>Modifier la clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="79"/>
        <source>e.g. CI pipeline</source>
        <translation>p. ex. pipeline CI</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="80"/>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="81"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="86"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="87"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="88"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="93"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="94"/>
        <source>Me (%1)</source>
        <translation>Moi (%1)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="96"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="115"/>
        <source>&amp;read</source>
        <translation>&amp;read</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="115"/>
        <source>Read keys, profile, tenant and audit log (GET)</source>
        <translation>Lire les clés, le profil, le locataire et le journal d&apos;audit (GET)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="116"/>
        <source>&amp;write</source>
        <translation>&amp;write</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="116"/>
        <source>Create, change, revoke and delete keys</source>
        <translation>Créer, modifier, révoquer et supprimer des clés</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="117"/>
        <source>&amp;admin</source>
        <translation>&amp;admin</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="117"/>
        <source>Manage users and the tenant (admin owners only)</source>
        <translation>Gérer les utilisateurs et le locataire (propriétaires administrateurs uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="118"/>
        <source>web&amp;hook</source>
        <translation>web&amp;hook</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="118"/>
        <source>Deliver webhooks</source>
        <translation>Envoyer des webhooks</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="120"/>
        <source>Scopes</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="121"/>
        <source>Scopes:</source>
        <translation>Autorisations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="127"/>
        <source>What the key may do: read lists and shows, write also changes keys, admin manages users and the tenant, webhook manages webhooks. Scopes are fixed once the key exists.</source>
        <translation>Ce que la clé peut faire : read liste et affiche, write modifie aussi les clés, admin gère les utilisateurs et le locataire, webhook gère les webhooks. Les portées sont fixées une fois la clé créée.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="129"/>
        <source>Scopes cannot be changed once a key exists: create a new key for other scopes.</source>
        <translation>Les portées ne peuvent pas changer une fois la clé créée : créez une nouvelle clé pour d’autres portées.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="134"/>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="137"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="138"/>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="139"/>
        <source>Requests per minute the key may make; over it, verification answers 429</source>
        <translation>Requêtes par minute permises à la clé ; au-delà, la vérification répond 429</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="140"/>
        <source>Ra&amp;te limit:</source>
        <translation>Limi&amp;te de débit :</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="153"/>
        <source>Scopes cannot be changed; create a new key instead</source>
        <translation>Les autorisations ne peuvent pas être modifiées&#xa0;; créez plutôt une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="164"/>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="168"/>
        <source>Keep (%1)</source>
        <translation>Conserver (%1)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="171"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="172"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="176"/>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="184"/>
        <source>&amp;Expires:</source>
        <translation>&amp;Expiration&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="205"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="210"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="210"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="233"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="245"/>
        <source>The user list could not be loaded: %1</source>
        <translation>Impossible de charger la liste des utilisateurs&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="274"/>
        <source>Longer than this tenant allows (%n day(s))</source>
        <translation>
            <numerusform>Plus long que ce que ce locataire autorise (%n jour)</numerusform>
            <numerusform>Plus long que ce que ce locataire autorise (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="292"/>
        <source>This key has expired; its expiry cannot be changed.</source>
        <translation>Cette clé a expiré&#xa0;; son expiration ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="294"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="297"/>
        <source>Expires on %1.</source>
        <translation>Expire le %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="299"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="347"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="352"/>
        <source>This tenant allows keys to live at most %n day(s).</source>
        <translation>
            <numerusform>Ce locataire autorise des clés valables au plus %n jour.</numerusform>
            <numerusform>Ce locataire autorise des clés valables au plus %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="329"/>
        <source>Enter a name for the key.</source>
        <translation>Saisissez un nom pour la clé.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="341"/>
        <source>The expiry date must be in the future: choose tomorrow or later.</source>
        <translation>La date d&apos;expiration doit être dans le futur&#xa0;: choisissez demain ou une date ultérieure.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="364"/>
        <source>Choose at least one scope.</source>
        <translation>Choisissez au moins une autorisation.</translation>
    </message>
</context>
<context>
    <name>Keyward::Endpoint</name>
    <message>
        <location filename="../core/Endpoints.h" line="39"/>
        <source>The server&apos;s answer could not be read</source>
        <translation>La réponse du serveur n’a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>Keyward::KeyCommands</name>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="90"/>
        <source>&amp;New key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="91"/>
        <source>Create a new API key (%1)</source>
        <translation>Créer une nouvelle clé d’API (%1)</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="92"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="95"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="96"/>
        <source>Revoke the selected keys: they stop working at once</source>
        <translation>Révoquer les clés sélectionnées : elles cessent de fonctionner immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="97"/>
        <source>Re-&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="98"/>
        <source>R&amp;otate…</source>
        <translation>Renou&amp;veler…</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="99"/>
        <source>Issue a new secret for the key</source>
        <translation>Émettre un nouveau secret pour la clé</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="100"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="103"/>
        <source>&amp;Copy key id</source>
        <translation>&amp;Copier l’identifiant de la clé</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="125"/>
        <source>Created the key “%1”</source>
        <translation>Clé « %1 » créée</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="127"/>
        <source>Created the key “%1” for %2</source>
        <translation>Clé « %1 » créée pour %2</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="132"/>
        <source>Saved the key “%1”</source>
        <translation>Clé « %1 » enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="165"/>
        <source>This key has expired and cannot be re-activated</source>
        <translation>Cette clé a expiré et ne peut pas être réactivée</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="167"/>
        <source>Make revoked keys work again (not once they have expired)</source>
        <translation>Faire refonctionner les clés révoquées (pas une fois expirées)</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="185"/>
        <source>• “%1”</source>
        <translation>• « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="187"/>
        <source>• “%1” of %2</source>
        <translation>• « %1 » de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="190"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="204"/>
        <source>It was last used at %1, within the last hour: a service may still depend on it.</source>
        <translation>Elle a été utilisée pour la dernière fois à %1, dans la dernière heure : un service en dépend peut-être encore.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="208"/>
        <source>%n of them were used within the last hour: services may still depend on them.</source>
        <translation>
            <numerusform>%n d’entre elles a été utilisée dans la dernière heure : des services en dépendent peut-être encore.</numerusform>
            <numerusform>%n d’entre elles ont été utilisées dans la dernière heure : des services en dépendent peut-être encore.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="232"/>
        <source>Revoke “%1”? It stops working at once. It can be re-activated until it expires.</source>
        <translation>Révoquer « %1 » ? Elle cesse de fonctionner immédiatement. Elle peut être réactivée jusqu’à son expiration.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="233"/>
        <source>Revoke these %n keys? They stop working at once. They can be re-activated until they expire.</source>
        <translation>
            <numerusform>Révoquer cette clé (%n) ? Elle cesse de fonctionner immédiatement. Elle peut être réactivée jusqu’à son expiration.</numerusform>
            <numerusform>Révoquer ces %n clés ? Elles cessent de fonctionner immédiatement. Elles peuvent être réactivées jusqu’à leur expiration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="237"/>
        <source>Revoke API keys</source>
        <translation>
            <numerusform>Révoquer la clé d’API</numerusform>
            <numerusform>Révoquer les clés d’API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="238"/>
        <source>Revoke %n key(s)</source>
        <translation>
            <numerusform>Révoquer %n clé</numerusform>
            <numerusform>Révoquer %n clés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="255"/>
        <source>Delete “%1” for good? It stops working at once and cannot be restored.</source>
        <translation>Supprimer définitivement « %1 » ? Elle cesse de fonctionner immédiatement et ne peut pas être restaurée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="256"/>
        <source>Delete these %n keys for good? They stop working at once and cannot be restored.</source>
        <translation>
            <numerusform>Supprimer définitivement cette clé (%n) ? Elle cesse de fonctionner immédiatement et ne peut pas être restaurée.</numerusform>
            <numerusform>Supprimer définitivement ces %n clés ? Elles cessent de fonctionner immédiatement et ne peuvent pas être restaurées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="260"/>
        <source>Delete API keys</source>
        <translation>
            <numerusform>Supprimer la clé d’API</numerusform>
            <numerusform>Supprimer les clés d’API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="261"/>
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>Supprimer %n clé</numerusform>
            <numerusform>Supprimer %n clés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="271"/>
        <source>Stop working at once</source>
        <translation>Cesser de fonctionner immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="271"/>
        <source>Keep working for 1 hour</source>
        <translation>Fonctionner encore 1 heure</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="272"/>
        <source>Keep working for 24 hours</source>
        <translation>Fonctionner encore 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="272"/>
        <source>Keep working for 7 days</source>
        <translation>Fonctionner encore 7 jours</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="277"/>
        <source>Rotate API key</source>
        <translation>Renouveler la clé d’API</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="279"/>
        <source>Rotating “%1” issues a new secret, shown once.
The current secret should:</source>
        <translation>Renouveler « %1 » émet un nouveau secret, affiché une seule fois.
Le secret actuel doit :</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="283"/>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="304"/>
        <source>New secret issued; the previous one no longer works</source>
        <translation>Nouveau secret émis ; l’ancien ne fonctionne plus</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="306"/>
        <source>New secret issued; the previous one works until %1</source>
        <translation>Nouveau secret émis ; l’ancien fonctionne jusqu’au %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="319"/>
        <source>Copied the key id %1</source>
        <translation>Identifiant de clé %1 copié</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="395"/>
        <source>Revoked the key “%1”</source>
        <translation>Clé « %1 » révoquée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="396"/>
        <source>Revoked %n key(s)</source>
        <translation>
            <numerusform>%n clé révoquée</numerusform>
            <numerusform>%n clés révoquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="399"/>
        <source>Re-activated the key “%1”</source>
        <translation>Clé « %1 » réactivée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="400"/>
        <source>Re-activated %n key(s)</source>
        <translation>
            <numerusform>%n clé réactivée</numerusform>
            <numerusform>%n clés réactivées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="403"/>
        <source>Deleted the key “%1”</source>
        <translation>Clé « %1 » supprimée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="404"/>
        <source>Deleted %n key(s)</source>
        <translation>
            <numerusform>%n clé supprimée</numerusform>
            <numerusform>%n clés supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="412"/>
        <source>%1; %n failed: %2</source>
        <translation>
            <numerusform>%1 ; %n échec : %2</numerusform>
            <numerusform>%1 ; %n échecs : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::KeyDetailsPane</name>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="40"/>
        <source>Key details</source>
        <translation>Détails de la clé</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="41"/>
        <source>Select a key to see its details.</source>
        <translation>Sélectionnez une clé pour voir ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="53"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="54"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="55"/>
        <source>Key id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="56"/>
        <source>Prefix:</source>
        <translation>Préfixe :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="57"/>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="58"/>
        <source>Created by:</source>
        <translation>Créée par :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="59"/>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="60"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="61"/>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="62"/>
        <source>Changed:</source>
        <translation>Modifiée :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="63"/>
        <source>Expires:</source>
        <translation>Expire :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="64"/>
        <source>Last used:</source>
        <translation>Dernière utilisation :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="65"/>
        <source>Rate limit:</source>
        <translation>Limite de débit :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="68"/>
        <source>Copy as &amp;environment</source>
        <translation>Copier comme &amp;variables d’environnement</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="70"/>
        <source>Copy the key id and prefix as KEYWARD_KEY_ID and KEYWARD_KEY_PREFIX</source>
        <translation>Copier l’identifiant et le préfixe comme KEYWARD_KEY_ID et KEYWARD_KEY_PREFIX</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="71"/>
        <source>Copy as c&amp;url</source>
        <translation>Copier comme c&amp;url</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="73"/>
        <source>Copy a curl command that shows this key (with your token from $KEYWARD_TOKEN)</source>
        <translation>Copier une commande curl qui affiche cette clé (avec votre jeton de $KEYWARD_TOKEN)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="81"/>
        <source>Copied the key id and prefix as environment variables</source>
        <translation>Identifiant et préfixe copiés comme variables d’environnement</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="85"/>
        <source>Copied a curl command for the key</source>
        <translation>Commande curl de la clé copiée</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="91"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="100"/>
        <source>History of the key</source>
        <translation>Historique de la clé</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="158"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="168"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="170"/>
        <source>Revoked: it does not work until it is re-activated</source>
        <translation>Révoquée : elle ne fonctionne plus jusqu’à sa réactivation</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="171"/>
        <source>Expired: it no longer works and cannot be re-activated</source>
        <translation>Expirée : elle ne fonctionne plus et ne peut pas être réactivée</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="174"/>
        <location filename="../ui/KeyDetailsPane.cpp" line="176"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="180"/>
        <source>%1, from %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPane.cpp" line="181"/>
        <source>%n request(s) per minute</source>
        <translation>
            <numerusform>%n requête par minute</numerusform>
            <numerusform>%n requêtes par minute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="181"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
</context>
<context>
    <name>Keyward::KeyStatusCombo</name>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="9"/>
        <source>Status filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="10"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="11"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="12"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="13"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>Keyward::KeyTableView</name>
    <message>
        <location filename="../ui/KeyTableView.cpp" line="117"/>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>Keyward::LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="30"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="36"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="75"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="75"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="122"/>
        <source>Enter the server&apos;s address, e.g. http://127.0.0.1:8421</source>
        <translation>Saisissez l&apos;adresse du serveur, p. ex. http://127.0.0.1:8421</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="132"/>
        <source>Paste your authentication key.</source>
        <translation>Collez votre clé d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="139"/>
        <source>Enter your e-mail and password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Keyward::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>About Keyward</source>
        <translation>À propos de Keyward</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>&lt;b&gt;Keyward&lt;/b&gt; %1&lt;br&gt;API-key management console.</source>
        <translation>&lt;b&gt;Keyward&lt;/b&gt; %1&lt;br&gt;Console de gestion des clés d&apos;API.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>Your session has ended (%1). Please sign in again.</source>
        <translation>Votre session a pris fin (%1). Veuillez vous reconnecter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Vidage du presse-papiers dans %n s</numerusform>
            <numerusform>Vidage du presse-papiers dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Clipboard cleared</source>
        <translation>Presse-papiers vidé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>Keyward — %1 (%2) on %3</source>
        <translation>Keyward — %1 (%2) sur %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>You have signed out.</source>
        <translation>Déconnexion effectuée.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>No keychain: you stay signed in only until the console closes</source>
        <translation>Aucun trousseau&#xa0;: votre session reste ouverte uniquement jusqu&apos;à la fermeture de la console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>The server&apos;s database is unavailable. Retrying every %1 seconds…</source>
        <translation>La base de données du serveur est indisponible. Nouvel essai toutes les %1 secondes…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Connected again</source>
        <translation>Connexion rétablie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>Cannot reach the server at %1 (%2). Retrying every %3 seconds…</source>
        <translation>Impossible de joindre le serveur %1 (%2). Nouvelle tentative toutes les %3 secondes…</translation>
    </message>
</context>
<context>
    <name>Keyward::MessageWidget</name>
    <message>
        <location filename="../ui/MessageWidget.cpp" line="63"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/MessageWidget.cpp" line="63"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/MessageWidget.cpp" line="63"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>Keyward::NewUserDialog</name>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="20"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="24"/>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="25"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="28"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="34"/>
        <source>User: their own keys. Support: reads every key and the audit log. Admin: manages users, the tenant and every key.</source>
        <translation>Utilisateur : ses propres clés. Support : lit toutes les clés et le journal. Admin : gère les utilisateurs, le locataire et toutes les clés.</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="36"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="40"/>
        <source>Initial &amp;password:</source>
        <translation>Mot de &amp;passe initial :</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="44"/>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="49"/>
        <source>Create user</source>
        <translation>Créer l’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="65"/>
        <source>Enter the user&apos;s e-mail address.</source>
        <translation>Saisissez l’adresse e-mail de l’utilisateur.</translation>
    </message>
    <message>
        <location filename="../ui/NewUserDialog.cpp" line="70"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>Keyward::PasswordTab</name>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="45"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="47"/>
        <source>Changing your password signs out your other sessions. The new password needs at least %n characters and must not be easy to guess.</source>
        <translation>
            <numerusform>Changer votre mot de passe déconnecte vos autres sessions. Le nouveau mot de passe doit comporter au moins %n caractère et ne pas être facile à deviner.</numerusform>
            <numerusform>Changer votre mot de passe déconnecte vos autres sessions. Le nouveau mot de passe doit comporter au moins %n caractères et ne pas être facile à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="94"/>
        <location filename="../ui/PasswordTab.cpp" line="95"/>
        <location filename="../ui/PasswordTab.cpp" line="99"/>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="99"/>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="108"/>
        <source>very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="110"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="112"/>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="114"/>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="118"/>
        <source>very strong</source>
        <translation>très forte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="124"/>
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>Le nouveau mot de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>Le nouveau mot de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="126"/>
        <source>The new password may have at most %n characters.</source>
        <translation>
            <numerusform>Le nouveau mot de passe peut comporter au plus %n caractère.</numerusform>
            <numerusform>Le nouveau mot de passe peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="128"/>
        <source>The new password is too easy to guess (strength %1 of %2; %3 is needed). Avoid common words, names, dates, keyboard patterns and your e-mail address; a few unrelated words work well.</source>
        <translation>Le nouveau mot de passe est trop facile à deviner (robustesse %1 sur %2&#xa0;; il faut %3). Évitez les mots courants, les noms, les dates, les suites de touches et votre adresse e-mail&#xa0;; quelques mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="152"/>
        <source>%1 (%2 of %3)</source>
        <comment>strength word, score, highest score</comment>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="163"/>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="200"/>
        <source>Your account has two-factor authentication, so changing the password also needs a code from your authenticator app.</source>
        <translation>Votre compte utilise l&apos;authentification à deux facteurs&#xa0;: pour changer le mot de passe, il faut aussi un code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.cpp" line="213"/>
        <source>Your password has been changed; your other sessions have been signed out.</source>
        <translation>Votre mot de passe a été modifié&#xa0;; vos autres sessions ont été fermées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="218"/>
        <source>%n API key(s) revoked and your authentication key deleted.</source>
        <translation>
            <numerusform>%n clé d&apos;API révoquée et votre clé d&apos;authentification supprimée.</numerusform>
            <numerusform>%n clés d&apos;API révoquées et votre clé d&apos;authentification supprimée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PasswordTab.cpp" line="220"/>
        <source>%n API key(s) revoked; you had no authentication key.</source>
        <translation>
            <numerusform>%n clé d&apos;API révoquée&#xa0;; vous n&apos;aviez pas de clé d&apos;authentification.</numerusform>
            <numerusform>%n clés d&apos;API révoquées&#xa0;; vous n&apos;aviez pas de clé d&apos;authentification.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::ProfileTab</name>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="17"/>
        <source>Administrator: manages the tenant&apos;s users and keys</source>
        <translation>Administrateur&#xa0;: gère les utilisateurs et les clés du locataire</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="19"/>
        <source>Support: sees the tenant&apos;s keys and audit log</source>
        <translation>Support&#xa0;: consulte les clés et le journal d&apos;audit du locataire</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="23"/>
        <source>User: manages own keys</source>
        <translation>Utilisateur&#xa0;: gère ses propres clés</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="33"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="85"/>
        <source>On: signing in also asks for a code from your authenticator app.</source>
        <translation>Activée&#xa0;: la connexion demande aussi un code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="86"/>
        <source>Off: signing in needs only your password.</source>
        <translation>Désactivée&#xa0;: la connexion ne demande que votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="116"/>
        <source>Your name is now “%1”.</source>
        <translation>Votre nom est désormais «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="138"/>
        <source>Whoever holds the authenticator app holds your account, so turning on two-factor authentication needs a fresh proof that it is you.</source>
        <translation>Qui détient l&apos;application d&apos;authentification détient votre compte&#xa0;: pour activer l&apos;authentification à deux facteurs, confirmez à nouveau que c&apos;est bien vous.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="163"/>
        <source>Two-factor authentication is on.</source>
        <translation>L&apos;authentification à deux facteurs est activée.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="163"/>
        <source>Two-factor authentication is off.</source>
        <translation>L&apos;authentification à deux facteurs est désactivée.</translation>
    </message>
</context>
<context>
    <name>Keyward::SecretDialog</name>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="23"/>
        <source>Your new API key</source>
        <translation>Votre nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="26"/>
        <source>This is the secret of &lt;b&gt;%1&lt;/b&gt;. It is shown &lt;b&gt;only this once&lt;/b&gt;: copy it now and keep it somewhere safe, such as a password manager. Keyward cannot show it again.</source>
        <translation>Voici le secret de &lt;b&gt;%1&lt;/b&gt;. Il n&apos;est affiché &lt;b&gt;qu&apos;une seule fois&lt;/b&gt;&#xa0;: copiez-le maintenant et conservez-le en lieu sûr, par exemple dans un gestionnaire de mots de passe. Keyward ne pourra plus l&apos;afficher.</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="37"/>
        <source>API key secret</source>
        <translation>Secret de la clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="43"/>
        <source>Copy key</source>
        <translation>Copier la clé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SecretDialog.cpp" line="45"/>
        <source>Copy the key to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copier la clé dans le presse-papiers&#xa0;; celui-ci est vidé après %n seconde</numerusform>
            <numerusform>Copier la clé dans le presse-papiers&#xa0;; celui-ci est vidé après %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="48"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="51"/>
        <source>I have stored the key somewhere safe</source>
        <translation>J&apos;ai conservé la clé en lieu sûr</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="62"/>
        <source>Also keep it in the system &amp;keychain</source>
        <translation>La conserver aussi dans le &amp;trousseau du système</translation>
    </message>
</context>
<context>
    <name>Keyward::StepUpDialog</name>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="24"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="75"/>
        <source>Enter your password and the current code from your authenticator app to continue.</source>
        <translation>Pour continuer, saisissez votre mot de passe et le code actuel de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="77"/>
        <source>Enter the current code from your authenticator app to continue.</source>
        <translation>Pour continuer, saisissez le code actuel de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="79"/>
        <source>Enter your password to continue.</source>
        <translation>Pour continuer, saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="139"/>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StepUpDialog.cpp" line="141"/>
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="152"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.cpp" line="156"/>
        <source>Enter the %1-digit code from your authenticator app.</source>
        <translation>Saisissez le code à %1 chiffres de votre application d&apos;authentification.</translation>
    </message>
</context>
<context>
    <name>Keyward::TenantKeysTab</name>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="83"/>
        <source>Tenant Keys</source>
        <translation>Clés du locataire</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="94"/>
        <source>User filter</source>
        <translation>Filtre d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="96"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="105"/>
        <source>Search name, description, prefix, owner or key id…</source>
        <translation>Rechercher par nom, description, préfixe, propriétaire ou identifiant de clé…</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="106"/>
        <source>Search keys</source>
        <translation>Rechercher des clés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="116"/>
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expire d&apos;ici %n jour</numerusform>
            <numerusform>Expire d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="125"/>
        <source>Loading keys</source>
        <translation>Chargement des clés</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="132"/>
        <location filename="../ui/TenantKeysTab.cpp" line="133"/>
        <source>Stop loading</source>
        <translation>Arrêter le chargement</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="139"/>
        <source>API keys of the tenant</source>
        <translation>Clés d&apos;API du locataire</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="159"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="168"/>
        <source>Key actions</source>
        <translation>Actions sur les clés</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="178"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="183"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="156"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="158"/>
        <source>Save the keys shown as a CSV file</source>
        <translation>Enregistrer les clés affichées dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="293"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="295"/>
        <source>%1 — disabled</source>
        <translation>%1 — désactivé</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="279"/>
        <source>The user list could not be loaded: %1</source>
        <translation>Impossible de charger la liste des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="331"/>
        <location filename="../ui/TenantKeysTab.cpp" line="332"/>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="223"/>
        <source>Loaded %n key(s)…</source>
        <translation>
            <numerusform>%n clé chargée…</numerusform>
            <numerusform>%n clés chargées…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="196"/>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="225"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="231"/>
        <source>Loading stopped after %n key(s): %1</source>
        <translation>
            <numerusform>Chargement interrompu après %n clé&#xa0;: %1</numerusform>
            <numerusform>Chargement interrompu après %n clés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="352"/>
        <source>%n active key(s) of the tenant expire within %1 days.</source>
        <translation>
            <numerusform>%n clé active du locataire expire dans les %1 jours.</numerusform>
            <numerusform>%n clés actives du locataire expirent dans les %1 jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="353"/>
        <source>More than %n active keys of the tenant expire within %1 days.</source>
        <translation>
            <numerusform>Plus de %n clé active du locataire expire dans les %1 jours.</numerusform>
            <numerusform>Plus de %n clés actives du locataire expirent dans les %1 jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="363"/>
        <source>No key matches the filters.</source>
        <translation>Aucune clé ne correspond aux filtres.</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="363"/>
        <source>This tenant has no keys yet.</source>
        <translation>Ce locataire n’a pas encore de clé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="375"/>
        <source>Stopped after %n key(s)</source>
        <translation>
            <numerusform>Arrêté après %n clé</numerusform>
            <numerusform>Arrêté après %n clés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="429"/>
        <source>Export API keys</source>
        <translation>Exporter les clés d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="430"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="437"/>
        <source>Exported %n key(s) to %1</source>
        <translation>
            <numerusform>%n clé exportée vers %1</numerusform>
            <numerusform>%n clés exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="448"/>
        <location filename="../ui/TenantKeysTab.cpp" line="483"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Keyward::TotpDialog</name>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="50"/>
        <source>Enable two-factor authentication</source>
        <translation>Activer l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="51"/>
        <source>Scan this QR code with your authenticator app (for example FreeOTP, Aegis or Google Authenticator), then enter the 6-digit code it shows. Until you confirm, signing in works as before.</source>
        <translation>Scannez ce code QR avec votre application d&apos;authentification (par exemple FreeOTP, Aegis ou Google Authenticator), puis saisissez le code à 6 chiffres qu&apos;elle affiche. Tant que vous n&apos;avez pas confirmé, la connexion fonctionne comme avant.</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="60"/>
        <source>QR code for your authenticator app</source>
        <translation>Code QR pour votre application d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="63"/>
        <source>The QR code could not be drawn; enter the secret below by hand.</source>
        <translation>Le code QR n&apos;a pas pu être dessiné&#xa0;; saisissez le secret ci-dessous à la main.</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="75"/>
        <source>Secret for manual entry</source>
        <translation>Secret pour la saisie manuelle</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="76"/>
        <source>If you cannot scan the code: a time-based key (SHA-1, 6 digits, 30 seconds)</source>
        <translation>Si vous ne pouvez pas scanner le code&#xa0;: une clé basée sur le temps (SHA-1, 6 chiffres, 30 secondes)</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="77"/>
        <source>Or enter this &amp;key:</source>
        <translation>Ou saisissez cette &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="83"/>
        <source>Disable two-factor authentication</source>
        <translation>Désactiver l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="84"/>
        <source>Enter the current code from your authenticator app. Afterwards signing in needs only your password.</source>
        <translation>Saisissez le code actuel de votre application d&apos;authentification. Ensuite, la connexion ne demandera que votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="96"/>
        <source>Authenticator code</source>
        <translation>Code d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="97"/>
        <source>&amp;Code from the app:</source>
        <translation>Code de l&apos;&amp;application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="109"/>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="109"/>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="148"/>
        <source>Enter the %1-digit code from your authenticator app.</source>
        <translation>Saisissez le code à %1 chiffres de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../ui/TotpDialog.cpp" line="161"/>
        <source>Turning off two-factor authentication needs a fresh proof that it is you.</source>
        <translation>Pour désactiver l&apos;authentification à deux facteurs, confirmez à nouveau que c&apos;est bien vous.</translation>
    </message>
</context>
<context>
    <name>Keyward::UserModel</name>
    <message>
        <location filename="../ui/UserModel.cpp" line="23"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="25"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="27"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="51"/>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="51"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="53"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="53"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="70"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="72"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="74"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="76"/>
        <source>Two-factor</source>
        <translation>Double facteur</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="78"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/UserModel.cpp" line="80"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>Keyward::UsersTab</name>
    <message>
        <location filename="../ui/UsersTab.cpp" line="35"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="48"/>
        <source>Search by e-mail, name or role…</source>
        <translation>Rechercher par e-mail, nom ou rôle…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="49"/>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="56"/>
        <source>Users of the tenant</source>
        <translation>Utilisateurs du locataire</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="73"/>
        <source>User actions</source>
        <translation>Actions sur les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="79"/>
        <source>Tenant settings</source>
        <translation>Réglages du locataire</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="85"/>
        <source>No maximum</source>
        <translation>Aucun maximum</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="86"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="87"/>
        <source>No key of the tenant may be made to live longer than this; 0: no maximum</source>
        <translation>Aucune clé du locataire ne peut vivre plus longtemps ; 0 : aucun maximum</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="88"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="95"/>
        <source>Maximum key &amp;lifetime:</source>
        <translation>Durée de &amp;vie maximale des clés :</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="123"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="124"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="125"/>
        <source>Show &amp;keys</source>
        <translation>Afficher les &amp;clés</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="127"/>
        <source>List the user&apos;s keys on Tenant Keys</source>
        <translation>Lister les clés de l’utilisateur dans Clés du locataire</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="128"/>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="131"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="132"/>
        <source>The user can no longer sign in, and their keys stop working</source>
        <translation>L’utilisateur ne peut plus se connecter et ses clés cessent de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="133"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="134"/>
        <source>Reset &amp;two-factor…</source>
        <translation>Réinitialiser le &amp;double facteur…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="136"/>
        <source>Turn off the user&apos;s second factor, for a lost authenticator</source>
        <translation>Désactiver le second facteur de l’utilisateur, en cas d’authentificateur perdu</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="267"/>
        <source>Created the user %1</source>
        <translation>Utilisateur %1 créé</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="285"/>
        <location filename="../ui/UsersTab.cpp" line="290"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="286"/>
        <source>Role of %1:</source>
        <translation>Rôle de %1 :</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="300"/>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="316"/>
        <source>Disabled %1</source>
        <translation>%1 désactivé</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="316"/>
        <source>Enabled %1</source>
        <translation>%1 activé</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="323"/>
        <source>Disable user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="324"/>
        <source>Disable %1? They can no longer sign in, and their keys stop working until they are enabled again.</source>
        <translation>Désactiver %1 ? Il ne peut plus se connecter et ses clés cessent de fonctionner jusqu’à sa réactivation.</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="327"/>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="336"/>
        <location filename="../ui/UsersTab.cpp" line="340"/>
        <source>Reset two-factor</source>
        <translation>Réinitialiser le double facteur</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="337"/>
        <source>Turn off the second factor of %1? They sign in with their password alone until they enrol again.</source>
        <translation>Désactiver le second facteur de %1 ? Le mot de passe seul suffira jusqu’à une nouvelle inscription.</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="342"/>
        <source>Reset the second factor of %1</source>
        <translation>Second facteur de %1 réinitialisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersTab.cpp" line="363"/>
        <source>Saved: keys live at most %n day(s).</source>
        <translation>
            <numerusform>Enregistré : les clés vivent au plus %n jour.</numerusform>
            <numerusform>Enregistré : les clés vivent au plus %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="364"/>
        <source>Saved: keys may live as long as their owners choose.</source>
        <translation>Enregistré : les clés vivent aussi longtemps que leurs propriétaires le choisissent.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.ui" line="6"/>
        <source>Sign in to Keyward</source>
        <translation>Connexion à Keyward</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="12"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="19"/>
        <source>Address of the keywardd server, e.g. http://127.0.0.1:8421</source>
        <translation>Adresse du serveur keywardd, p. ex. http://127.0.0.1:8421</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="28"/>
        <source>E-mail and password</source>
        <translation>E-mail et mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="32"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="38"/>
        <source>you@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="43"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="54"/>
        <source>&amp;Authenticator code:</source>
        <translation>Code d&apos;&amp;authentification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="62"/>
        <source>6-digit code</source>
        <translation>Code à 6 chiffres</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="68"/>
        <source>Authentication key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="72"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="79"/>
        <source>kw_pat_…</source>
        <translation>kw_pat_…</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="93"/>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="6"/>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="21"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="29"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="44"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="50"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="59"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="63"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="66"/>
        <source>&amp;New key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="67"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="70"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="71"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="74"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="75"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="78"/>
        <source>&amp;About Keyward</source>
        <translation>À &amp;propos de Keyward</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <location filename="../ui/PasswordTab.ui" line="16"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe ac&amp;tuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="24"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="29"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="37"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="42"/>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="53"/>
        <location filename="../ui/PasswordTab.ui" line="58"/>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="71"/>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firmer le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="79"/>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="85"/>
        <source>Password requirements</source>
        <translation>Exigences relatives au mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="90"/>
        <source>Also revoke my API keys and &amp;authentication key</source>
        <translation>Révoquer aussi mes clés d&apos;API et ma clé d&apos;&amp;authentification</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="91"/>
        <source>For when someone else may have had your password: every API key you own is revoked (you can reactivate them later) and your authentication key is deleted.</source>
        <translation>Si quelqu&apos;un d&apos;autre a pu connaître votre mot de passe&#xa0;: toutes vos clés d&apos;API sont révoquées (vous pourrez les réactiver plus tard) et votre clé d&apos;authentification est supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/PasswordTab.ui" line="114"/>
        <source>C&amp;hange password</source>
        <translation>&amp;Modifier le mot de passe</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../ui/ProfileTab.ui" line="9"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="22"/>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="23"/>
        <source>Your name as others see it</source>
        <translation>Votre nom tel que les autres le voient</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="29"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="30"/>
        <source>Save name</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="31"/>
        <source>Save the new display name</source>
        <translation>Enregistrer le nouveau nom d&apos;affichage</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="38"/>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="49"/>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="54"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="60"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="65"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="73"/>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="78"/>
        <source>Two-factor authentication status</source>
        <translation>État de l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="85"/>
        <source>&amp;Enable two-factor authentication…</source>
        <translation>Acti&amp;ver l&apos;authentification à deux facteurs…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="86"/>
        <source>Also ask for a code from an authenticator app when you sign in</source>
        <translation>Demander aussi un code d&apos;une application d&apos;authentification lors de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="91"/>
        <source>&amp;Disable…</source>
        <translation>Dé&amp;sactiver…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="92"/>
        <source>Disable two-factor authentication</source>
        <translation>Désactiver l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="93"/>
        <source>Turn two-factor authentication off (asks for a current code)</source>
        <translation>Désactiver l&apos;authentification à deux facteurs (demande un code actuel)</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="6"/>
        <source>Confirm it’s you</source>
        <translation>Confirmez que c&apos;est bien vous</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="22"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="30"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="35"/>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;Code d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/StepUpDialog.ui" line="44"/>
        <source>Authenticator code</source>
        <translation>Code d&apos;authentification</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Keyward: manage authentication and API keys.</source>
        <translation>Keyward&#xa0;: gérer les clés d&apos;authentification et d&apos;API.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>Open the sign-in for this keywardd server.</source>
        <translation>Ouvrir la connexion pour ce serveur keywardd.</translation>
    </message>
</context>
</TS>
