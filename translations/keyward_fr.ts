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
        <location filename="../ui/AuthKeyTab.ui" line="26"/>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="31"/>
        <source>Key prefix</source>
        <translation>Préfixe de la clé</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="37"/>
        <source>Created:</source>
        <translation>Créée le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="42"/>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="47"/>
        <source>Last used:</source>
        <translation>Dernière utilisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="52"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="65"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="66"/>
        <source>Generate your authentication key</source>
        <translation>Générer votre clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="67"/>
        <source>Generate authentication key</source>
        <translation>Générer la clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="72"/>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Régénérer…</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="73"/>
        <source>Replace the key with a new one; the current key stops working at once</source>
        <translation>Remplacer la clé par une nouvelle&#xa0;; la clé actuelle cesse immédiatement de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="74"/>
        <source>Regenerate authentication key</source>
        <translation>Régénérer la clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="79"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="80"/>
        <source>Delete the key; it stops working at once</source>
        <translation>Supprimer la clé&#xa0;; elle cesse immédiatement de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.ui" line="81"/>
        <source>Delete authentication key</source>
        <translation>Supprimer la clé d&apos;authentification</translation>
    </message>
</context>
<context>
    <name>Keyward::ApiClient</name>
    <message>
        <location filename="../core/ApiClient.cpp" line="141"/>
        <source>There is no session that could be renewed</source>
        <translation>Aucune session ne peut être renouvelée</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="207"/>
        <source>No server address is set</source>
        <translation>Aucune adresse de serveur n’est définie</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="304"/>
        <source>The request was canceled</source>
        <translation>La requête a été annulée</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="308"/>
        <source>The server at %1 did not answer within %2 s</source>
        <translation>Le serveur %1 n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="316"/>
        <source>The answer from %1 could not be understood: %2</source>
        <translation>La réponse de %1 est incompréhensible : %2</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="322"/>
        <source>The server at %1 closed the connection without a complete answer</source>
        <translation>Le serveur %1 a fermé la connexion sans réponse complète</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="324"/>
        <source>Could not connect to the server at %1: nothing answers there</source>
        <translation>Connexion impossible au serveur %1 : rien n’y répond</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="326"/>
        <source>Could not reach the server at %1: %2</source>
        <translation>Le serveur %1 est injoignable : %2</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="337"/>
        <source>The answer from %1 (HTTP %2) is not a Keyward response</source>
        <translation>La réponse de %1 (HTTP %2) n’est pas une réponse Keyward</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="348"/>
        <source>The answer from %1 (HTTP %2) contradicts itself</source>
        <translation>La réponse de %1 (HTTP %2) est contradictoire</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="382"/>
        <source>The server did not send a session token</source>
        <translation>Le serveur n’a pas envoyé de jeton de session</translation>
    </message>
    <message>
        <location filename="../core/ApiClient.cpp" line="392"/>
        <source>The server did not send a refresh token</source>
        <translation>Le serveur n’a pas envoyé de jeton de renouvellement</translation>
    </message>
</context>
<context>
    <name>Keyward::ApiKeyModel</name>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="264"/>
        <location filename="../ui/ApiKeyModel.cpp" line="395"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="266"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="268"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="270"/>
        <source>Leaked</source>
        <translation>Divulguée</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="327"/>
        <location filename="../ui/ApiKeyModel.cpp" line="329"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeyModel.cpp" line="385"/>
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Expire dans %n jour, le %1</numerusform>
            <numerusform>Expire dans %n jours, le %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="388"/>
        <source>Expired on %1</source>
        <translation>Expirée le %1</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="390"/>
        <source>Revoked: the key does not work until it is re-activated</source>
        <translation>Révoquée&#xa0;: la clé ne fonctionne plus jusqu&apos;à ce qu&apos;elle soit réactivée</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="392"/>
        <source>Leaked: found in public at %1 on %2 and revoked for good</source>
        <translation>Divulguée : trouvée publiquement sur %1 le %2 et révoquée définitivement</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="409"/>
        <source>Last used on %1 from %2</source>
        <translation>Dernière utilisation le %1 depuis %2</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="412"/>
        <source>Key id: %1</source>
        <translation>Identifiant de la clé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="436"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="438"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="440"/>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="442"/>
        <source>Scopes</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="444"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="446"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="448"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="450"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="452"/>
        <source>Last used from</source>
        <translation>Dernière utilisation depuis</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeyModel.cpp" line="454"/>
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
        <location filename="../ui/ApiKeysTab.cpp" line="102"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="219"/>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="221"/>
        <source>You have no API keys yet.</source>
        <translation>Vous n&apos;avez pas encore de clé d&apos;API.</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="223"/>
        <source>You have no API keys yet. A key lets a program or a script call the API as you.</source>
        <translation>Vous n&apos;avez pas encore de clé d&apos;API. Une clé permet à un programme ou à un script d&apos;appeler l&apos;API en votre nom.</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="224"/>
        <source>Create your first key</source>
        <translation>Créer votre première clé</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="226"/>
        <source>No key matches the search and filters.</source>
        <translation>Aucune clé ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="226"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/ApiKeysTab.cpp" line="229"/>
        <source>No keys yet</source>
        <translation>Aucune clé pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="231"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="233"/>
        <source>%1 of %n key(s)</source>
        <translation>
            <numerusform>%1 sur %n clé</numerusform>
            <numerusform>%1 sur %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ApiKeysTab.cpp" line="242"/>
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
    <name>Keyward::AuditDetailsPane</name>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="18"/>
        <source>Entry details</source>
        <translation>Détails de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="19"/>
        <source>Select an entry to see everything it records.</source>
        <translation>Sélectionnez une entrée pour voir tout ce qu&apos;elle enregistre.</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="34"/>
        <source>Time:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="35"/>
        <source>Event:</source>
        <translation>Événement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="36"/>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="37"/>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="38"/>
        <source>Who:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="39"/>
        <source>Object:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="40"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="41"/>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="72"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="88"/>
        <source>id %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="90"/>
        <source>%1 (id %2)</source>
        <translation>%1 (identifiant %2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="96"/>
        <source>%1, id %2</source>
        <translation>%1, identifiant %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="98"/>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/AuditDetailsPane.cpp" line="100"/>
        <source>%1 “%2”, id %3</source>
        <translation>%1 «&#xa0;%2&#xa0;», identifiant %3</translation>
    </message>
</context>
<context>
    <name>Keyward::AuditModel</name>
    <message>
        <location filename="../ui/AuditModel.cpp" line="30"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="32"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="89"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="101"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="113"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="114"/>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="115"/>
        <source>%1 “%2” (%3)</source>
        <translation>%1 «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="34"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="38"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/AuditModel.cpp" line="36"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Keyward::AuditSentences</name>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="50"/>
        <location filename="../ui/AuditSentences.cpp" line="56"/>
        <source>the key “%1”</source>
        <translation>la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="52"/>
        <source>your key “%1”</source>
        <translation>votre clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="55"/>
        <source>the key “%1” of %2</source>
        <translation>la clé «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="69"/>
        <source>the user %1</source>
        <translation>l&apos;utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="71"/>
        <source>the tenant “%1”</source>
        <translation>le locataire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="74"/>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="85"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="87"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="89"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="90"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="97"/>
        <source>sign-in</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="99"/>
        <source>a password change</source>
        <translation>un changement de mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="101"/>
        <source>an e-mail address change</source>
        <translation>un changement d&apos;adresse e-mail</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="103"/>
        <source>the set-up of two-factor authentication</source>
        <translation>la configuration de l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="105"/>
        <source>the confirmation of two-factor authentication</source>
        <translation>la confirmation de l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="107"/>
        <source>turning off two-factor authentication</source>
        <translation>la désactivation de l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="109"/>
        <source>the creation of new recovery codes</source>
        <translation>la création de nouveaux codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="111"/>
        <source>the creation of an authentication key</source>
        <translation>la création d&apos;une clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="118"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="120"/>
        <source>authentication key</source>
        <translation>clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="122"/>
        <source>API key</source>
        <translation>clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="130"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="132"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="134"/>
        <source>expiry date</source>
        <translation>date d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="136"/>
        <source>scopes</source>
        <translation>portées</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="138"/>
        <source>rate limit</source>
        <translation>limite de débit</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="140"/>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="142"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="144"/>
        <source>sign-in access</source>
        <translation>accès de connexion</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="169"/>
        <source>You created %1</source>
        <translation>Vous avez créé %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="170"/>
        <source>%1 created %2</source>
        <translation>%1 a créé %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="172"/>
        <source>You revoked %1</source>
        <translation>Vous avez révoqué %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="173"/>
        <source>%1 revoked %2</source>
        <translation>%1 a révoqué %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="175"/>
        <source>You re-activated %1</source>
        <translation>Vous avez réactivé %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="176"/>
        <source>%1 re-activated %2</source>
        <translation>%1 a réactivé %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="178"/>
        <source>You deleted %1</source>
        <translation>Vous avez supprimé %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="179"/>
        <source>%1 deleted %2</source>
        <translation>%1 a supprimé %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="183"/>
        <source>You rotated %1; the old secret stopped working at once</source>
        <translation>Vous avez renouvelé %1&#xa0;; l&apos;ancien secret a cessé immédiatement de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="186"/>
        <source>%1 rotated %2; the old secret stopped working at once</source>
        <translation>%1 a renouvelé %2&#xa0;; l&apos;ancien secret a cessé immédiatement de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="190"/>
        <source>You rotated %1; the old secret works for %2 more</source>
        <translation>Vous avez renouvelé %1&#xa0;; l&apos;ancien secret fonctionne encore pendant %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="192"/>
        <source>%1 rotated %2; the old secret works for %3 more</source>
        <translation>%1 a renouvelé %2&#xa0;; l&apos;ancien secret fonctionne encore pendant %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="204"/>
        <source>You renamed %1 to “%2”</source>
        <translation>Vous avez renommé %1 en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="205"/>
        <source>%1 renamed %2 to “%3”</source>
        <translation>%1 a renommé %2 en «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="208"/>
        <source>You renamed %1 to “%2” and changed its %3</source>
        <translation>Vous avez renommé %1 en «&#xa0;%2&#xa0;» et modifié aussi&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="210"/>
        <source>%1 renamed %2 to “%3” and changed its %4</source>
        <translation>%1 a renommé %2 en «&#xa0;%3&#xa0;» et modifié aussi&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="215"/>
        <source>You edited %1</source>
        <translation>Vous avez modifié %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="216"/>
        <source>%1 edited %2</source>
        <translation>%1 a modifié %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="218"/>
        <location filename="../ui/AuditSentences.cpp" line="387"/>
        <source>You changed the %1 of %2</source>
        <translation>Vous avez modifié %2 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="219"/>
        <location filename="../ui/AuditSentences.cpp" line="388"/>
        <source>%1 changed the %2 of %3</source>
        <translation>%1 a modifié %3 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="230"/>
        <source>You created your authentication key</source>
        <translation>Vous avez créé votre clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="231"/>
        <source>%1 created their authentication key</source>
        <translation>%1 a créé sa clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="234"/>
        <source>You deleted your authentication key</source>
        <translation>Vous avez supprimé votre clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="235"/>
        <source>%1 deleted their authentication key</source>
        <translation>%1 a supprimé sa clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="239"/>
        <source>You replaced your authentication key; the old one stopped working at once</source>
        <translation>Vous avez remplacé votre clé d&apos;authentification&#xa0;; l&apos;ancienne a cessé immédiatement de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="242"/>
        <source>%1 replaced their authentication key; the old one stopped working at once</source>
        <translation>%1 a remplacé sa clé d&apos;authentification&#xa0;; l&apos;ancienne a cessé immédiatement de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="247"/>
        <source>You replaced your authentication key; the old one works for %1 more</source>
        <translation>Vous avez remplacé votre clé d&apos;authentification&#xa0;; l&apos;ancienne fonctionne encore pendant %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="250"/>
        <source>%1 replaced their authentication key; the old one works for %2 more</source>
        <translation>%1 a remplacé sa clé d&apos;authentification&#xa0;; l&apos;ancienne fonctionne encore pendant %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="264"/>
        <source>You signed in with your authentication key</source>
        <translation>Vous vous êtes connecté avec votre clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="265"/>
        <source>%1 signed in with their authentication key</source>
        <translation>%1 s&apos;est connecté avec sa clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="269"/>
        <source>You signed in with an API key</source>
        <translation>Vous vous êtes connecté avec une clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="270"/>
        <source>%1 signed in with an API key</source>
        <translation>%1 s&apos;est connecté avec une clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="271"/>
        <source>You signed in</source>
        <translation>Vous vous êtes connecté</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="272"/>
        <source>%1 signed in</source>
        <translation>%1 s&apos;est connecté</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="277"/>
        <source>You changed your password and revoked your %n API key(s)</source>
        <translation>
            <numerusform>Vous avez changé votre mot de passe et révoqué %n clé d&apos;API</numerusform>
            <numerusform>Vous avez changé votre mot de passe et révoqué vos %n clés d&apos;API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="280"/>
        <source>%1 changed their password and revoked their %n API key(s)</source>
        <translation>
            <numerusform>%1 a changé son mot de passe et révoqué %n clé d&apos;API</numerusform>
            <numerusform>%1 a changé son mot de passe et révoqué ses %n clés d&apos;API</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="285"/>
        <source>You changed your password</source>
        <translation>Vous avez changé votre mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="286"/>
        <source>%1 changed their password</source>
        <translation>%1 a changé son mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="289"/>
        <source>You turned on two-factor authentication</source>
        <translation>Vous avez activé l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="290"/>
        <source>%1 turned on two-factor authentication</source>
        <translation>%1 a activé l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="294"/>
        <source>You turned off two-factor authentication</source>
        <translation>Vous avez désactivé l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="295"/>
        <source>%1 turned off two-factor authentication</source>
        <translation>%1 a désactivé l&apos;authentification à deux facteurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="300"/>
        <source>You used a recovery code; %n left</source>
        <translation>
            <numerusform>Vous avez utilisé un code de récupération&#xa0;; il en reste %n</numerusform>
            <numerusform>Vous avez utilisé un code de récupération&#xa0;; il en reste %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="301"/>
        <source>%1 used a recovery code; %n left</source>
        <translation>
            <numerusform>%1 a utilisé un code de récupération&#xa0;; il en reste %n</numerusform>
            <numerusform>%1 a utilisé un code de récupération&#xa0;; il en reste %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="308"/>
        <source>You made new recovery codes</source>
        <translation>Vous avez créé de nouveaux codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="309"/>
        <source>%1 made new recovery codes</source>
        <translation>%1 a créé de nouveaux codes de récupération</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="311"/>
        <source>You made %n new recovery code(s)</source>
        <translation>
            <numerusform>Vous avez créé %n nouveau code de récupération</numerusform>
            <numerusform>Vous avez créé %n nouveaux codes de récupération</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="312"/>
        <source>%1 made %n new recovery code(s)</source>
        <translation>
            <numerusform>%1 a créé %n nouveau code de récupération</numerusform>
            <numerusform>%1 a créé %n nouveaux codes de récupération</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="326"/>
        <source>You created the user %1</source>
        <translation>Vous avez créé l&apos;utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="327"/>
        <source>%1 created the user %2</source>
        <translation>%1 a créé l&apos;utilisateur %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="328"/>
        <source>You created the user %1 as %2</source>
        <translation>Vous avez créé l&apos;utilisateur %1 avec le rôle %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="330"/>
        <source>%1 created the user %2 as %3</source>
        <translation>%1 a créé l&apos;utilisateur %2 avec le rôle %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="336"/>
        <source>You reset your own two-factor authentication</source>
        <translation>Vous avez réinitialisé votre propre authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="337"/>
        <source>%1 reset their own two-factor authentication</source>
        <translation>%1 a réinitialisé sa propre authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="340"/>
        <source>%1 reset your two-factor authentication</source>
        <translation>%1 a réinitialisé votre authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="343"/>
        <source>You reset the two-factor authentication of %1</source>
        <translation>Vous avez réinitialisé l&apos;authentification à deux facteurs de %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="345"/>
        <source>%1 reset the two-factor authentication of %2</source>
        <translation>%1 a réinitialisé l&apos;authentification à deux facteurs de %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="355"/>
        <source>You changed your e-mail address to %1</source>
        <translation>Vous avez remplacé votre adresse e-mail par %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="358"/>
        <source>%1 changed their e-mail address to %2</source>
        <translation>%1 a remplacé son adresse e-mail par %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="361"/>
        <source>You changed your e-mail address to %1 and your %2</source>
        <translation>Vous avez remplacé votre adresse e-mail par %1 et modifié votre %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="364"/>
        <source>%1 changed their e-mail address to %2 and their %3</source>
        <translation>%1 a remplacé son adresse e-mail par %2 et modifié son %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="371"/>
        <source>You updated your account</source>
        <translation>Vous avez mis à jour votre compte</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="372"/>
        <source>%1 updated their account</source>
        <translation>%1 a mis à jour son compte</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="374"/>
        <source>You changed your %1</source>
        <translation>Vous avez modifié votre %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="375"/>
        <source>%1 changed their %2</source>
        <translation>%1 a modifié son %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="380"/>
        <source>%1 updated your account</source>
        <translation>%1 a mis à jour votre compte</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="381"/>
        <source>%1 changed your %2</source>
        <translation>%1 a modifié votre %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="384"/>
        <source>You updated the user %1</source>
        <translation>Vous avez mis à jour l&apos;utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="385"/>
        <source>%1 updated the user %2</source>
        <translation>%1 a mis à jour l&apos;utilisateur %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="395"/>
        <source>no limit on key lifetimes</source>
        <translation>aucune limite de durée de vie des clés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="396"/>
        <source>keys live at most %n day(s)</source>
        <translation>
            <numerusform>les clés vivent au plus %n jour</numerusform>
            <numerusform>les clés vivent au plus %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="402"/>
        <source>a sign-in lasts at most %n day(s)</source>
        <translation>
            <numerusform>une connexion dure au plus %n jour</numerusform>
            <numerusform>une connexion dure au plus %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="408"/>
        <source>You changed the settings of the tenant “%1”</source>
        <translation>Vous avez modifié les réglages du locataire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="410"/>
        <source>%1 changed the settings of the tenant “%2”</source>
        <translation>%1 a modifié les réglages du locataire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="414"/>
        <source>You changed the settings of the tenant “%1”: %2</source>
        <translation>Vous avez modifié les réglages du locataire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="416"/>
        <source>%1 changed the settings of the tenant “%2”: %3</source>
        <translation>%1 a modifié les réglages du locataire «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="429"/>
        <source>Your sign-in failed</source>
        <translation>Votre connexion a échoué</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="430"/>
        <source>Sign-in by %1 failed</source>
        <translation>La connexion de %1 a échoué</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="432"/>
        <source>Your sign-in failed (%1)</source>
        <translation>Votre connexion a échoué (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="433"/>
        <source>Sign-in by %1 failed (%2)</source>
        <translation>La connexion de %1 a échoué (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="439"/>
        <source>Your second-factor check failed (%1)</source>
        <translation>Votre vérification du second facteur a échoué (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="441"/>
        <source>Second-factor check of %1 failed (%2)</source>
        <translation>La vérification du second facteur de %1 a échoué (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="444"/>
        <source>Your second-factor check failed during %1 (%2)</source>
        <translation>Votre vérification du second facteur a échoué pendant %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="446"/>
        <source>Second-factor check of %1 failed during %2 (%3)</source>
        <translation>La vérification du second facteur de %1 a échoué pendant %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="450"/>
        <source>Your password confirmation failed (%1)</source>
        <translation>Votre confirmation du mot de passe a échoué (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="452"/>
        <source>Password confirmation by %1 failed (%2)</source>
        <translation>La confirmation du mot de passe par %1 a échoué (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="456"/>
        <source>Your password change failed (%1)</source>
        <translation>Votre changement de mot de passe a échoué (%1)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="457"/>
        <source>Password change by %1 failed (%2)</source>
        <translation>Le changement de mot de passe de %1 a échoué (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="460"/>
        <source>You could not create the user %1 (%2)</source>
        <translation>Vous n&apos;avez pas pu créer l&apos;utilisateur %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="462"/>
        <source>%1 could not create the user %2 (%3)</source>
        <translation>%1 n&apos;a pas pu créer l&apos;utilisateur %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="467"/>
        <source>A copied sign-in of yours was refused; %n session(s) ended</source>
        <translation>
            <numerusform>Une copie de votre connexion a été refusée&#xa0;; %n session fermée</numerusform>
            <numerusform>Une copie de votre connexion a été refusée&#xa0;; %n sessions fermées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditSentences.cpp" line="469"/>
        <source>A copied sign-in of %1 was refused; %n session(s) ended</source>
        <translation>
            <numerusform>Une copie de la connexion de %1 a été refusée&#xa0;; %n session fermée</numerusform>
            <numerusform>Une copie de la connexion de %1 a été refusée&#xa0;; %n sessions fermées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="474"/>
        <source>Someone tried to use %1 after it was revoked</source>
        <translation>Quelqu&apos;un a tenté d&apos;utiliser %1 après sa révocation</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="488"/>
        <location filename="../ui/AuditSentences.cpp" line="501"/>
        <location filename="../ui/AuditSentences.cpp" line="699"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="490"/>
        <source>%1, by you</source>
        <translation>%1, par vous</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="491"/>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="494"/>
        <source>%1: %2, by you</source>
        <translation>%1&#xa0;: %2, par vous</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="495"/>
        <source>%1: %2, by %3</source>
        <translation>%1&#xa0;: %2, par %3</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="502"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="531"/>
        <location filename="../ui/AuditSentences.cpp" line="638"/>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="533"/>
        <source>Copied sign-in refused</source>
        <translation>Connexion copiée refusée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="534"/>
        <source>Password confirmation</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="535"/>
        <source>Password change attempt</source>
        <translation>Tentative de changement de mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="536"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="537"/>
        <source>Second-factor check</source>
        <translation>Vérification du second facteur</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="539"/>
        <source>Two-factor authentication turned on</source>
        <translation>Authentification à deux facteurs activée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="541"/>
        <source>Two-factor authentication turned off</source>
        <translation>Authentification à deux facteurs désactivée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="542"/>
        <source>Two-factor authentication reset</source>
        <translation>Authentification à deux facteurs réinitialisée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="543"/>
        <source>Recovery code used</source>
        <translation>Code de récupération utilisé</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="545"/>
        <source>New recovery codes</source>
        <translation>Nouveaux codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="546"/>
        <source>Key created</source>
        <translation>Clé créée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="547"/>
        <source>Key edited</source>
        <translation>Clé modifiée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="548"/>
        <source>Key revoked</source>
        <translation>Clé révoquée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="549"/>
        <source>Key re-activated</source>
        <translation>Clé réactivée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="550"/>
        <source>Key rotated</source>
        <translation>Clé renouvelée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="551"/>
        <source>Key deleted</source>
        <translation>Clé supprimée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="552"/>
        <source>Revoked key used</source>
        <translation>Clé révoquée utilisée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="554"/>
        <source>Authentication key created</source>
        <translation>Clé d&apos;authentification créée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="556"/>
        <source>Authentication key replaced</source>
        <translation>Clé d&apos;authentification remplacée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="558"/>
        <location filename="../ui/AuditSentences.cpp" line="634"/>
        <source>Authentication key deleted</source>
        <translation>Clé d&apos;authentification supprimée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="559"/>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="560"/>
        <source>User not created</source>
        <translation>Utilisateur non créé</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="561"/>
        <source>User changed</source>
        <translation>Utilisateur modifié</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="562"/>
        <source>Tenant settings changed</source>
        <translation>Réglages du locataire modifiés</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="566"/>
        <source>Unknown action</source>
        <translation>Action inconnue</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="573"/>
        <source>Succeeded</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="575"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="577"/>
        <source>Denied</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="589"/>
        <source>wrong password</source>
        <translation>mot de passe incorrect</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="591"/>
        <source>the account is disabled</source>
        <translation>le compte est désactivé</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="593"/>
        <source>wrong authenticator code</source>
        <translation>code d&apos;authentification incorrect</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="595"/>
        <source>authenticator code used before</source>
        <translation>code d&apos;authentification déjà utilisé</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="597"/>
        <source>wrong or used recovery code</source>
        <translation>code de récupération incorrect ou déjà utilisé</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="599"/>
        <source>the e-mail address is in use</source>
        <translation>l&apos;adresse e-mail est déjà utilisée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="606"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="608"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="610"/>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="617"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="618"/>
        <source>During</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="619"/>
        <source>Signed in with</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="620"/>
        <source>Key id</source>
        <translation>Identifiant de la clé</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="621"/>
        <source>Through the key</source>
        <translation>Via la clé</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="622"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="623"/>
        <source>Previous name</source>
        <translation>Ancien nom</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="624"/>
        <source>Previous e-mail address</source>
        <translation>Ancienne adresse e-mail</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="625"/>
        <source>Changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="626"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="627"/>
        <source>Old secret valid for</source>
        <translation>Ancien secret valable pendant</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="628"/>
        <source>Recovery codes left</source>
        <translation>Codes de récupération restants</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="629"/>
        <source>Recovery codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="630"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="631"/>
        <source>Was turned on</source>
        <translation>Était activée</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="632"/>
        <source>API keys revoked</source>
        <translation>Clés d&apos;API révoquées</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="636"/>
        <source>Longest key lifetime (days)</source>
        <translation>Durée de vie maximale des clés (jours)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="637"/>
        <source>Longest sign-in (days)</source>
        <translation>Durée maximale de connexion (jours)</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="639"/>
        <source>Sessions ended</source>
        <translation>Sessions fermées</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="659"/>
        <source>no grace period</source>
        <translation>aucun délai de grâce</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="672"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="673"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/AuditSentences.cpp" line="691"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Keyward::AuditTab</name>
    <message>
        <location filename="../ui/AuditTab.cpp" line="46"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="48"/>
        <source>&amp;From:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="50"/>
        <source>&amp;To:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="53"/>
        <source>Load &amp;older entries</source>
        <translation>Charger les entrées plus a&amp;nciennes</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="56"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="68"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="70"/>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="71"/>
        <source>Failed second-factor checks</source>
        <translation>Échecs du second facteur</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="72"/>
        <source>Failed password confirmations</source>
        <translation>Échecs de confirmation du mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="73"/>
        <source>Copied sign-ins refused</source>
        <translation>Connexions copiées refusées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="74"/>
        <source>Keys created</source>
        <translation>Clés créées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="75"/>
        <source>Keys edited</source>
        <translation>Clés modifiées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="76"/>
        <source>Keys revoked</source>
        <translation>Clés révoquées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="77"/>
        <source>Keys re-activated</source>
        <translation>Clés réactivées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="78"/>
        <source>Keys rotated</source>
        <translation>Clés renouvelées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="79"/>
        <source>Keys deleted</source>
        <translation>Clés supprimées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="80"/>
        <source>Revoked keys used</source>
        <translation>Clés révoquées utilisées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="81"/>
        <source>Authentication keys created</source>
        <translation>Clés d&apos;authentification créées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="82"/>
        <source>Authentication keys replaced</source>
        <translation>Clés d&apos;authentification remplacées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="83"/>
        <source>Authentication keys deleted</source>
        <translation>Clés d&apos;authentification supprimées</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="84"/>
        <source>Password changes</source>
        <translation>Changements de mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="85"/>
        <source>Failed password changes</source>
        <translation>Échecs de changement de mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="86"/>
        <source>Two-factor turned on</source>
        <translation>Double facteur activé</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="87"/>
        <source>Two-factor turned off</source>
        <translation>Double facteur désactivé</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="88"/>
        <source>Two-factor resets</source>
        <translation>Réinitialisations du double facteur</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="89"/>
        <source>Recovery codes used</source>
        <translation>Codes de récupération utilisés</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="90"/>
        <source>New recovery codes</source>
        <translation>Nouveaux codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="91"/>
        <source>Users created</source>
        <translation>Utilisateurs créés</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="92"/>
        <source>Users refused</source>
        <translation>Utilisateurs non créés</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="93"/>
        <source>Users changed</source>
        <translation>Utilisateurs modifiés</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="94"/>
        <source>Tenant settings changed</source>
        <translation>Réglages du locataire modifiés</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="98"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="99"/>
        <location filename="../ui/AuditTab.cpp" line="351"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="101"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="103"/>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="104"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="105"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="106"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="107"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="108"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="111"/>
        <source>From (first day)</source>
        <translation>Début (premier jour)</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="112"/>
        <source>To (last day)</source>
        <translation>Fin (dernier jour)</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="113"/>
        <source>The first day shown, from midnight</source>
        <translation>Le premier jour affiché, à partir de minuit</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="114"/>
        <source>The last day shown, up to midnight</source>
        <translation>Le dernier jour affiché, jusqu&apos;à minuit</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="116"/>
        <source>Filter loaded entries…</source>
        <translation>Filtrer les entrées chargées…</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="118"/>
        <source>Filter the audit log</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="145"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="159"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="162"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="323"/>
        <source>No entries match the filters.</source>
        <translation>Aucune entrée ne correspond aux filtres.</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="323"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="325"/>
        <source>Nothing has been recorded yet: sign-ins and changes to keys and accounts are listed here.</source>
        <translation>Rien n&apos;a encore été enregistré&#xa0;: les connexions et les modifications des clés et des comptes apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/AuditTab.cpp" line="327"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditTab.cpp" line="403"/>
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
        <location filename="../ui/AuthKeyTab.cpp" line="34"/>
        <source>Authentication Key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="92"/>
        <source>%1…</source>
        <comment>the display prefix of a key; the rest is never shown</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="98"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="102"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="106"/>
        <source>%1 from %2</source>
        <comment>time, client address</comment>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="140"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="163"/>
        <source>An authentication key signs in as you without your password, so making one needs a fresh proof that it is you.</source>
        <translation>Une clé d&apos;authentification se connecte en votre nom sans votre mot de passe&#xa0;: pour en créer une, confirmez à nouveau que c&apos;est bien vous.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="159"/>
        <source>A new authentication key replaces the old one, which no longer works.</source>
        <translation>Une nouvelle clé d&apos;authentification remplace l&apos;ancienne, qui ne fonctionne plus.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="94"/>
        <source>The replaced key works until %1.</source>
        <translation>La clé remplacée fonctionne jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="118"/>
        <source>your authentication key</source>
        <translation>votre clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="119"/>
        <source>Your new authentication key</source>
        <translation>Votre nouvelle clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="137"/>
        <source>Regenerate the authentication key</source>
        <translation>Régénérer la clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="138"/>
        <source>A new authentication key is issued, shown once; the sessions opened with the current one end.
The current key should:</source>
        <translation>Une nouvelle clé d&apos;authentification est émise et affichée une seule fois&#xa0;; les sessions ouvertes avec la clé actuelle se terminent.
La clé actuelle doit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="154"/>
        <source>Your authentication key has been generated.</source>
        <translation>Votre clé d&apos;authentification a été générée.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="156"/>
        <source>A new authentication key replaces the old one, which works until %1.</source>
        <translation>Une nouvelle clé d&apos;authentification remplace l&apos;ancienne, qui fonctionne jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="177"/>
        <source>Delete the authentication key?</source>
        <translation>Supprimer la clé d&apos;authentification&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="178"/>
        <source>The key %1… stops working at once, and the sessions opened with it end. Scripts and tools that use it can no longer sign in.</source>
        <translation>La clé %1… cesse immédiatement de fonctionner et les sessions ouvertes avec elle se terminent. Les scripts et outils qui l&apos;utilisent ne pourront plus se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="181"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/AuthKeyTab.cpp" line="193"/>
        <source>Your authentication key has been deleted.</source>
        <translation>Votre clé d&apos;authentification a été supprimée.</translation>
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
        <location filename="../ui/CreateKeyDialog.cpp" line="49"/>
        <source>New API key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="61"/>
        <source>Edit API key</source>
        <translation>Modifier la clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="80"/>
        <source>e.g. CI pipeline</source>
        <translation>p. ex. pipeline CI</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="81"/>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="82"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="87"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="88"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="89"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="94"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="98"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="117"/>
        <source>&amp;read</source>
        <translation>&amp;read</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="117"/>
        <source>Read keys, profile, tenant and audit log (GET)</source>
        <translation>Lire les clés, le profil, le locataire et le journal d&apos;audit (GET)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="118"/>
        <source>&amp;write</source>
        <translation>&amp;write</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="118"/>
        <source>Create, change, revoke and delete keys</source>
        <translation>Créer, modifier, révoquer et supprimer des clés</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="119"/>
        <source>&amp;admin</source>
        <translation>&amp;admin</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="119"/>
        <source>Manage users and the tenant (admin owners only)</source>
        <translation>Gérer les utilisateurs et le locataire (propriétaires administrateurs uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="120"/>
        <source>web&amp;hook</source>
        <translation>web&amp;hook</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="120"/>
        <source>Deliver webhooks</source>
        <translation>Envoyer des webhooks</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="122"/>
        <source>Scopes</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="123"/>
        <source>Scopes:</source>
        <translation>Autorisations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="129"/>
        <source>What the key may do: read lists and shows, write also changes keys, admin manages users and the tenant, webhook manages webhooks. Scopes are fixed once the key exists.</source>
        <translation>Ce que la clé peut faire : read liste et affiche, write modifie aussi les clés, admin gère les utilisateurs et le locataire, webhook gère les webhooks. Les portées sont fixées une fois la clé créée.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="131"/>
        <source>Scopes cannot be changed once a key exists: create a new key for other scopes.</source>
        <translation>Les portées ne peuvent pas changer une fois la clé créée : créez une nouvelle clé pour d’autres portées.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="136"/>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="139"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="140"/>
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="141"/>
        <source>Requests per minute the key may make; over it, verification answers 429</source>
        <translation>Requêtes par minute permises à la clé ; au-delà, la vérification répond 429</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="142"/>
        <source>Ra&amp;te limit:</source>
        <translation>Limi&amp;te de débit :</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="155"/>
        <source>Scopes cannot be changed; create a new key instead</source>
        <translation>Les autorisations ne peuvent pas être modifiées&#xa0;; créez plutôt une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="166"/>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="170"/>
        <source>Keep (%1)</source>
        <translation>Conserver (%1)</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="173"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="174"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="178"/>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="186"/>
        <source>&amp;Expires:</source>
        <translation>&amp;Expiration&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="207"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="212"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="212"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="247"/>
        <source>The user list could not be loaded: %1</source>
        <translation>Impossible de charger la liste des utilisateurs&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="276"/>
        <source>Longer than this tenant allows (%n day(s))</source>
        <translation>
            <numerusform>Plus long que ce que ce locataire autorise (%n jour)</numerusform>
            <numerusform>Plus long que ce que ce locataire autorise (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="294"/>
        <source>This key has expired; its expiry cannot be changed.</source>
        <translation>Cette clé a expiré&#xa0;; son expiration ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="296"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="299"/>
        <source>Expires on %1.</source>
        <translation>Expire le %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateKeyDialog.cpp" line="301"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="349"/>
        <location filename="../ui/CreateKeyDialog.cpp" line="354"/>
        <source>This tenant allows keys to live at most %n day(s).</source>
        <translation>
            <numerusform>Ce locataire autorise des clés valables au plus %n jour.</numerusform>
            <numerusform>Ce locataire autorise des clés valables au plus %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="331"/>
        <source>Enter a name for the key.</source>
        <translation>Saisissez un nom pour la clé.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="343"/>
        <source>The expiry date must be in the future: choose tomorrow or later.</source>
        <translation>La date d&apos;expiration doit être dans le futur&#xa0;: choisissez demain ou une date ultérieure.</translation>
    </message>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="366"/>
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
    <name>Keyward::GracePeriodDialog</name>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="14"/>
        <source>Stop working at once</source>
        <translation>Cesser de fonctionner immédiatement</translation>
    </message>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="15"/>
        <source>Keep working for 1 hour</source>
        <translation>Fonctionner encore 1 heure</translation>
    </message>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="16"/>
        <source>Keep working for 24 hours</source>
        <translation>Fonctionner encore 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/GracePeriodDialog.cpp" line="17"/>
        <source>Keep working for 7 days</source>
        <translation>Fonctionner encore 7 jours</translation>
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
        <location filename="../ui/KeyCommands.cpp" line="272"/>
        <source>Rotate API key</source>
        <translation>Renouveler la clé d’API</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="273"/>
        <source>Rotating “%1” issues a new secret, shown once.
The current secret should:</source>
        <translation>Renouveler « %1 » émet un nouveau secret, affiché une seule fois.
Le secret actuel doit :</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="274"/>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="290"/>
        <source>New secret issued; the previous one no longer works</source>
        <translation>Nouveau secret émis ; l’ancien ne fonctionne plus</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="292"/>
        <source>New secret issued; the previous one works until %1</source>
        <translation>Nouveau secret émis ; l’ancien fonctionne jusqu’au %1</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="305"/>
        <source>Copied the key id %1</source>
        <translation>Identifiant de clé %1 copié</translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="381"/>
        <source>Revoked the key “%1”</source>
        <translation>Clé « %1 » révoquée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="382"/>
        <source>Revoked %n key(s)</source>
        <translation>
            <numerusform>%n clé révoquée</numerusform>
            <numerusform>%n clés révoquées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="385"/>
        <source>Re-activated the key “%1”</source>
        <translation>Clé « %1 » réactivée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="386"/>
        <source>Re-activated %n key(s)</source>
        <translation>
            <numerusform>%n clé réactivée</numerusform>
            <numerusform>%n clés réactivées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyCommands.cpp" line="389"/>
        <source>Deleted the key “%1”</source>
        <translation>Clé « %1 » supprimée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="390"/>
        <source>Deleted %n key(s)</source>
        <translation>
            <numerusform>%n clé supprimée</numerusform>
            <numerusform>%n clés supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyCommands.cpp" line="398"/>
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
        <location filename="../ui/KeyDetailsPane.cpp" line="43"/>
        <source>Key details</source>
        <translation>Détails de la clé</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="44"/>
        <source>Select a key to see its details.</source>
        <translation>Sélectionnez une clé pour voir ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="56"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="57"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="58"/>
        <source>Key id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="59"/>
        <source>Prefix:</source>
        <translation>Préfixe :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="60"/>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="61"/>
        <source>Created by:</source>
        <translation>Créée par :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="62"/>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="63"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="64"/>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="65"/>
        <source>Changed:</source>
        <translation>Modifiée :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="66"/>
        <source>Expires:</source>
        <translation>Expire :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="67"/>
        <source>Last used:</source>
        <translation>Dernière utilisation :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="68"/>
        <source>Rate limit:</source>
        <translation>Limite de débit :</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="71"/>
        <source>Copy as &amp;environment</source>
        <translation>Copier comme &amp;variables d’environnement</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="73"/>
        <source>Copy the key id and prefix as KEYWARD_KEY_ID and KEYWARD_KEY_PREFIX</source>
        <translation>Copier l’identifiant et le préfixe comme KEYWARD_KEY_ID et KEYWARD_KEY_PREFIX</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="74"/>
        <source>Copy as c&amp;url</source>
        <translation>Copier comme c&amp;url</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="76"/>
        <source>Copy a curl command that shows this key (with your token from $KEYWARD_TOKEN)</source>
        <translation>Copier une commande curl qui affiche cette clé (avec votre jeton de $KEYWARD_TOKEN)</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="84"/>
        <source>Copied the key id and prefix as environment variables</source>
        <translation>Identifiant et préfixe copiés comme variables d’environnement</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="88"/>
        <source>Copied a curl command for the key</source>
        <translation>Commande curl de la clé copiée</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="94"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="103"/>
        <source>History of the key</source>
        <translation>Historique de la clé</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="163"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="179"/>
        <source>Leaked: found in public at %1 on %2 and revoked for good. Replace it with a new key</source>
        <translation>Divulguée : trouvée publiquement sur %1 le %2 et révoquée définitivement. Remplacez-la par une nouvelle clé</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="182"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="184"/>
        <source>Revoked: it does not work until it is re-activated</source>
        <translation>Révoquée : elle ne fonctionne plus jusqu’à sa réactivation</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="185"/>
        <source>Expired: it no longer works and cannot be re-activated</source>
        <translation>Expirée : elle ne fonctionne plus et ne peut pas être réactivée</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="188"/>
        <location filename="../ui/KeyDetailsPane.cpp" line="190"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="194"/>
        <source>%1, from %2</source>
        <translation>%1, depuis %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/KeyDetailsPane.cpp" line="195"/>
        <source>%n request(s) per minute</source>
        <translation>
            <numerusform>%n requête par minute</numerusform>
            <numerusform>%n requêtes par minute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/KeyDetailsPane.cpp" line="195"/>
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
    <message>
        <location filename="../ui/KeyStatusCombo.cpp" line="14"/>
        <source>Leaked</source>
        <translation>Divulguée</translation>
    </message>
</context>
<context>
    <name>Keyward::KeyTableView</name>
    <message>
        <location filename="../ui/KeyTableView.cpp" line="189"/>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>Keyward::LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="31"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="39"/>
        <source>&amp;Recovery code:</source>
        <translation>Code de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="39"/>
        <source>&amp;Authenticator code:</source>
        <translation>Code d&apos;&amp;authentification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="41"/>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation>xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="41"/>
        <source>6-digit code</source>
        <translation>Code à 6 chiffres</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="46"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="133"/>
        <source>Enter the server&apos;s address, e.g. http://127.0.0.1:8421</source>
        <translation>Saisissez l&apos;adresse du serveur, p. ex. http://127.0.0.1:8421</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="143"/>
        <source>Paste your authentication key.</source>
        <translation>Collez votre clé d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="150"/>
        <source>Enter your e-mail and password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Keyward::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>About Keyward</source>
        <translation>À propos de Keyward</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>&lt;b&gt;Keyward&lt;/b&gt; %1&lt;br&gt;API-key management console.</source>
        <translation>&lt;b&gt;Keyward&lt;/b&gt; %1&lt;br&gt;Console de gestion des clés d&apos;API.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Your session has ended (%1). Please sign in again.</source>
        <translation>Votre session a pris fin (%1). Veuillez vous reconnecter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Vidage du presse-papiers dans %n s</numerusform>
            <numerusform>Vidage du presse-papiers dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Clipboard cleared</source>
        <translation>Presse-papiers vidé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Your session ends at %1. It was opened with a key and cannot be renewed: sign in again to go on.</source>
        <translation>Votre session se termine à %1. Elle a été ouverte avec une clé et ne peut pas être renouvelée&#xa0;: reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Sign in now</source>
        <translation>Se connecter maintenant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Sign in again to go on working.</source>
        <translation>Reconnectez-vous pour continuer à travailler.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Signed in with a recovery code: %n left. Make new ones on the Profile page.</source>
        <translation>
            <numerusform>Connexion avec un code de récupération&#xa0;: il en reste %n. Créez-en de nouveaux dans la page Profil.</numerusform>
            <numerusform>Connexion avec un code de récupération&#xa0;: il en reste %n. Créez-en de nouveaux dans la page Profil.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>Keyward — %1 (%2) on %3</source>
        <translation>Keyward — %1 (%2) sur %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>You have signed out.</source>
        <translation>Déconnexion effectuée.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>No keychain: you stay signed in only until the console closes</source>
        <translation>Aucun trousseau&#xa0;: votre session reste ouverte uniquement jusqu&apos;à la fermeture de la console</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>The server&apos;s database is unavailable. Retrying…</source>
        <translation>La base de données du serveur est indisponible. Nouvelle tentative…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>%1 answers, but its database does not. Retrying every %n second(s).</source>
        <translation>
            <numerusform>%1 répond, mais pas sa base de données. Nouvelle tentative toutes les %n seconde.</numerusform>
            <numerusform>%1 répond, mais pas sa base de données. Nouvelle tentative toutes les %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432"/>
        <source>Offline. Retrying…</source>
        <translation>Hors ligne. Nouvelle tentative…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="434"/>
        <source>Cannot reach %1 (%2). Retrying every %n second(s).</source>
        <translation>
            <numerusform>%1 est injoignable (%2). Nouvelle tentative toutes les %n seconde.</numerusform>
            <numerusform>%1 est injoignable (%2). Nouvelle tentative toutes les %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>Connected again</source>
        <translation>Connexion rétablie</translation>
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
        <location filename="../ui/ProfileTab.cpp" line="18"/>
        <source>Administrator: manages the tenant&apos;s users and keys</source>
        <translation>Administrateur&#xa0;: gère les utilisateurs et les clés du locataire</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="20"/>
        <source>Support: sees the tenant&apos;s keys and audit log</source>
        <translation>Support&#xa0;: consulte les clés et le journal d&apos;audit du locataire</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="24"/>
        <source>User: manages own keys</source>
        <translation>Utilisateur&#xa0;: gère ses propres clés</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="34"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="86"/>
        <source>On: signing in also asks for a code from your authenticator app.</source>
        <translation>Activée&#xa0;: la connexion demande aussi un code de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="87"/>
        <source>Off: signing in needs only your password.</source>
        <translation>Désactivée&#xa0;: la connexion ne demande que votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProfileTab.cpp" line="91"/>
        <source>%n recovery code(s) left for signing in without it.</source>
        <translation>
            <numerusform>Il vous reste %n code de récupération pour vous connecter sans l&apos;application.</numerusform>
            <numerusform>Il vous reste %n codes de récupération pour vous connecter sans l&apos;application.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="92"/>
        <source>No recovery codes left: make new ones before you lose the authenticator.</source>
        <translation>Plus aucun code de récupération&#xa0;: créez-en de nouveaux avant de perdre l&apos;application d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="124"/>
        <source>Your name is now “%1”.</source>
        <translation>Votre nom est désormais «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="149"/>
        <source>Whoever holds the authenticator app holds your account, so turning on two-factor authentication needs a fresh proof that it is you.</source>
        <translation>Qui détient l&apos;application d&apos;authentification détient votre compte&#xa0;: pour activer l&apos;authentification à deux facteurs, confirmez à nouveau que c&apos;est bien vous.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="180"/>
        <source>New recovery codes made; the old ones no longer work.</source>
        <translation>Nouveaux codes de récupération créés&#xa0;; les anciens ne fonctionnent plus.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="184"/>
        <source>Recovery codes sign in without the authenticator, so making new ones needs a fresh proof that it is you.</source>
        <translation>Les codes de récupération permettent de se connecter sans l&apos;application d&apos;authentification&#xa0;: pour en créer de nouveaux, confirmez à nouveau que c&apos;est bien vous.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="210"/>
        <source>Two-factor authentication is on.</source>
        <translation>L&apos;authentification à deux facteurs est activée.</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.cpp" line="210"/>
        <source>Two-factor authentication is off.</source>
        <translation>L&apos;authentification à deux facteurs est désactivée.</translation>
    </message>
</context>
<context>
    <name>Keyward::RecoveryCodesDialog</name>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="25"/>
        <source>Your recovery codes</source>
        <translation>Vos codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="27"/>
        <source>If you lose your authenticator, each of these codes signs you in &lt;b&gt;once&lt;/b&gt; in place of its code. They are shown &lt;b&gt;only this once&lt;/b&gt;: copy or save them now and keep them somewhere safe, apart from your password.</source>
        <translation>Si vous perdez votre application d&apos;authentification, chacun de ces codes vous connecte &lt;b&gt;une fois&lt;/b&gt; à la place du code de l&apos;application. Ils ne sont affichés &lt;b&gt;qu&apos;une seule fois&lt;/b&gt;&#xa0;: copiez-les ou enregistrez-les maintenant et conservez-les en lieu sûr, à l&apos;écart de votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="38"/>
        <source>Recovery codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="43"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RecoveryCodesDialog.cpp" line="46"/>
        <source>Copy the codes to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copier les codes dans le presse-papiers&#xa0;; celui-ci est vidé après %n seconde</numerusform>
            <numerusform>Copier les codes dans le presse-papiers&#xa0;; celui-ci est vidé après %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="49"/>
        <source>Copied</source>
        <translation>Copiés</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="51"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="21"/>
        <source>I have stored the codes somewhere safe</source>
        <translation>J&apos;ai conservé les codes en lieu sûr</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="74"/>
        <source>Save the recovery codes</source>
        <translation>Enregistrer les codes de récupération</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="77"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="84"/>
        <source>Saved</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="87"/>
        <source>Not saved</source>
        <translation>Non enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="88"/>
        <source>The codes could not be saved: %1</source>
        <translation>Les codes n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/RecoveryCodesDialog.cpp" line="106"/>
        <source>Keyward recovery codes. Each signs in once in place of the authenticator&apos;s code.</source>
        <translation>Codes de récupération Keyward. Chacun permet de se connecter une seule fois à la place du code de l&apos;application d&apos;authentification.</translation>
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
        <location filename="../ui/SecretDialog.cpp" line="19"/>
        <source>I have stored the key somewhere safe</source>
        <translation>J&apos;ai conservé la clé en lieu sûr</translation>
    </message>
    <message>
        <location filename="../ui/SecretDialog.cpp" line="54"/>
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
        <location filename="../ui/TenantKeysTab.cpp" line="84"/>
        <source>Tenant Keys</source>
        <translation>Clés du locataire</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="95"/>
        <source>User filter</source>
        <translation>Filtre d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="97"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="107"/>
        <source>Search name, description, prefix, owner or key id…</source>
        <translation>Rechercher par nom, description, préfixe, propriétaire ou identifiant de clé…</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="108"/>
        <source>Search keys</source>
        <translation>Rechercher des clés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="118"/>
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expire d&apos;ici %n jour</numerusform>
            <numerusform>Expire d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="127"/>
        <source>Loading keys</source>
        <translation>Chargement des clés</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="134"/>
        <location filename="../ui/TenantKeysTab.cpp" line="135"/>
        <source>Stop loading</source>
        <translation>Arrêter le chargement</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="142"/>
        <source>API keys of the tenant</source>
        <translation>Clés d&apos;API du locataire</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="162"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="170"/>
        <source>Key actions</source>
        <translation>Actions sur les clés</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="181"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="186"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="159"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="161"/>
        <source>Save the keys shown as a CSV file</source>
        <translation>Enregistrer les clés affichées dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="272"/>
        <source>The user list could not be loaded: %1</source>
        <translation>Impossible de charger la liste des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="322"/>
        <location filename="../ui/TenantKeysTab.cpp" line="323"/>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="219"/>
        <source>Loaded %n key(s)…</source>
        <translation>
            <numerusform>%n clé chargée…</numerusform>
            <numerusform>%n clés chargées…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="199"/>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="221"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="227"/>
        <source>Loading stopped after %n key(s): %1</source>
        <translation>
            <numerusform>Chargement interrompu après %n clé&#xa0;: %1</numerusform>
            <numerusform>Chargement interrompu après %n clés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="343"/>
        <source>%n active key(s) of the tenant expire within %1 days.</source>
        <translation>
            <numerusform>%n clé active du locataire expire dans les %1 jours.</numerusform>
            <numerusform>%n clés actives du locataire expirent dans les %1 jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="344"/>
        <source>More than %n active keys of the tenant expire within %1 days.</source>
        <translation>
            <numerusform>Plus de %n clé active du locataire expire dans les %1 jours.</numerusform>
            <numerusform>Plus de %n clés actives du locataire expirent dans les %1 jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="355"/>
        <source>No key matches the filters.</source>
        <translation>Aucune clé ne correspond aux filtres.</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="355"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="357"/>
        <location filename="../ui/TenantKeysTab.cpp" line="359"/>
        <source>This tenant has no keys yet.</source>
        <translation>Ce locataire n’a pas encore de clé.</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="357"/>
        <source>Create the first key</source>
        <translation>Créer la première clé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="371"/>
        <source>Stopped after %n key(s)</source>
        <translation>
            <numerusform>Arrêté après %n clé</numerusform>
            <numerusform>Arrêté après %n clés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="440"/>
        <source>Export API keys</source>
        <translation>Exporter les clés d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="441"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TenantKeysTab.cpp" line="448"/>
        <source>Exported %n key(s) to %1</source>
        <translation>
            <numerusform>%n clé exportée vers %1</numerusform>
            <numerusform>%n clés exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TenantKeysTab.cpp" line="459"/>
        <location filename="../ui/TenantKeysTab.cpp" line="494"/>
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
        <location filename="../ui/TotpDialog.cpp" line="164"/>
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
    <name>Keyward::UserPicker</name>
    <message>
        <location filename="../ui/UserPicker.cpp" line="21"/>
        <source>%1 (%2)</source>
        <comment>e-mail (name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="23"/>
        <source>%1 — disabled</source>
        <translation>%1 — désactivé</translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="29"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="40"/>
        <source>Type to search…</source>
        <translation>Tapez pour rechercher…</translation>
    </message>
</context>
<context>
    <name>Keyward::UsersTab</name>
    <message>
        <location filename="../ui/UsersTab.cpp" line="59"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="72"/>
        <source>Search by e-mail, name or role…</source>
        <translation>Rechercher par e-mail, nom ou rôle…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="73"/>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="80"/>
        <source>Users of the tenant</source>
        <translation>Utilisateurs du locataire</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="88"/>
        <source>No user matches “%1”.</source>
        <translation>Aucun utilisateur ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="88"/>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="107"/>
        <source>User actions</source>
        <translation>Actions sur les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="113"/>
        <source>Tenant settings</source>
        <translation>Réglages du locataire</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="119"/>
        <source>No maximum</source>
        <translation>Aucun maximum</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="120"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="121"/>
        <source>No key of the tenant may be made to live longer than this; 0: no maximum</source>
        <translation>Aucune clé du locataire ne peut vivre plus longtemps ; 0 : aucun maximum</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="122"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="129"/>
        <source>Maximum key &amp;lifetime:</source>
        <translation>Durée de &amp;vie maximale des clés :</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="134"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="135"/>
        <source>Days before a key expires that the tenant&apos;s webhooks get a key.expiring notice, e.g. 30, 7, 1 (at most %1 values)</source>
        <translation>Jours avant l&apos;expiration d&apos;une clé où les webhooks du locataire reçoivent un avis key.expiring, p. ex. 30, 7, 1 (au plus %1 valeurs)</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="141"/>
        <source>E&amp;xpiry notices (days before):</source>
        <translation>A&amp;vis d&apos;expiration (jours avant) :</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="171"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="172"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="173"/>
        <source>Show &amp;keys</source>
        <translation>Afficher les &amp;clés</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="175"/>
        <source>List the user&apos;s keys on Tenant Keys</source>
        <translation>Lister les clés de l’utilisateur dans Clés du locataire</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="176"/>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="179"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="180"/>
        <source>The user can no longer sign in, and their keys stop working</source>
        <translation>L’utilisateur ne peut plus se connecter et ses clés cessent de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="181"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="182"/>
        <source>Reset &amp;two-factor…</source>
        <translation>Réinitialiser le &amp;double facteur…</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="184"/>
        <source>Turn off the user&apos;s second factor, for a lost authenticator</source>
        <translation>Désactiver le second facteur de l’utilisateur, en cas d’authentificateur perdu</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="323"/>
        <source>Created the user %1</source>
        <translation>Utilisateur %1 créé</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="341"/>
        <location filename="../ui/UsersTab.cpp" line="346"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="342"/>
        <source>Role of %1:</source>
        <translation>Rôle de %1 :</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="356"/>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="372"/>
        <source>Disabled %1</source>
        <translation>%1 désactivé</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="372"/>
        <source>Enabled %1</source>
        <translation>%1 activé</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="379"/>
        <source>Disable user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="380"/>
        <source>Disable %1? They can no longer sign in, and their keys stop working until they are enabled again.</source>
        <translation>Désactiver %1 ? Il ne peut plus se connecter et ses clés cessent de fonctionner jusqu’à sa réactivation.</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="383"/>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="392"/>
        <location filename="../ui/UsersTab.cpp" line="396"/>
        <source>Reset two-factor</source>
        <translation>Réinitialiser le double facteur</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="393"/>
        <source>Turn off the second factor of %1? They sign in with their password alone until they enrol again.</source>
        <translation>Désactiver le second facteur de %1 ? Le mot de passe seul suffira jusqu’à une nouvelle inscription.</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="398"/>
        <source>Reset the second factor of %1</source>
        <translation>Second facteur de %1 réinitialisé</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="427"/>
        <source>Saved: no expiry notices.</source>
        <translation>Enregistré : aucun avis d&apos;expiration.</translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="428"/>
        <source>Saved: expiry notices go out %1 days before a key expires.</source>
        <translation>Enregistré : les avis d&apos;expiration partent %1 jours avant l&apos;expiration d&apos;une clé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/UsersTab.cpp" line="433"/>
        <source>Saved: keys live at most %n day(s).</source>
        <translation>
            <numerusform>Enregistré : les clés vivent au plus %n jour.</numerusform>
            <numerusform>Enregistré : les clés vivent au plus %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/UsersTab.cpp" line="434"/>
        <source>Saved: keys may live as long as their owners choose.</source>
        <translation>Enregistré : les clés vivent aussi longtemps que leurs propriétaires le choisissent.</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookAttemptModel</name>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="31"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="32"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="54"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="67"/>
        <source>Attempted</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="69"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="71"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../ui/WebhookAttemptModel.cpp" line="73"/>
        <source>Next retry</source>
        <translation>Prochain essai</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookDeliveryLog</name>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="48"/>
        <source>Deliveries of the selected webhook</source>
        <translation>Livraisons du webhook sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="49"/>
        <source>Attempts of the selected delivery</source>
        <translation>Tentatives de la livraison sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="78"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="86"/>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="260"/>
        <source>Send &amp;Test Event</source>
        <translation>Envoyer un événement de &amp;test</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="88"/>
        <source>Re&amp;deliver</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="89"/>
        <source>Send the selected delivery again</source>
        <translation>Envoyer de nouveau la livraison sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="91"/>
        <source>Re&amp;fresh Log</source>
        <translation>Actua&amp;liser le journal</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="92"/>
        <source>Load the delivery log again</source>
        <translation>Recharger le journal des livraisons</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="94"/>
        <source>Load &amp;Older</source>
        <translation>Charger les plus &amp;anciennes</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="95"/>
        <source>Load older deliveries</source>
        <translation>Charger des livraisons plus anciennes</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="103"/>
        <source>Delivery actions</source>
        <translation>Actions sur les livraisons</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="107"/>
        <source>Delivery log:</source>
        <translation>Journal des livraisons&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="234"/>
        <source>Select a delivery to see its attempts.</source>
        <translation>Sélectionnez une livraison pour voir ses tentatives.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="236"/>
        <source>Not tried yet.</source>
        <translation>Pas encore tentée.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="246"/>
        <source>Enable the webhook to send it a test event</source>
        <translation>Activez le webhook pour lui envoyer un événement de test</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="247"/>
        <source>Send a test event (webhook.test) to the selected webhook</source>
        <translation>Envoyer un événement de test (webhook.test) au webhook sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="256"/>
        <source>Select a webhook to see its deliveries.</source>
        <translation>Sélectionnez un webhook pour voir ses livraisons.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="258"/>
        <source>Loading deliveries…</source>
        <translation>Chargement des livraisons…</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="260"/>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="263"/>
        <source>Nothing has been sent to this webhook yet.</source>
        <translation>Rien n’a encore été envoyé à ce webhook.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="292"/>
        <source>A test event is on its way to %1</source>
        <translation>Un événement de test est en route vers %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryLog.cpp" line="312"/>
        <source>“%1” is queued to be delivered again</source>
        <translation>«&#xa0;%1&#xa0;» sera livré de nouveau</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookDeliveryModel</name>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="34"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="36"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="38"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="51"/>
        <source>%1 (%2), message id %3</source>
        <translation>%1 (%2), identifiant de message %3</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="75"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="77"/>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="79"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="81"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDeliveryModel.cpp" line="83"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookDialog</name>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="37"/>
        <source>New Webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="38"/>
        <source>Create Webhook</source>
        <translation>Créer le webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="40"/>
        <source>Edit Webhook</source>
        <translation>Modifier le webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="41"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="94"/>
        <source>Enter the URL that receives the events.</source>
        <translation>Saisissez l’URL qui reçoit les événements.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="101"/>
        <source>Choose at least one event, or All events.</source>
        <translation>Choisissez au moins un événement, ou «&#xa0;Tous les événements&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookEventNames</name>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="8"/>
        <source>Key created</source>
        <translation>Clé créée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="10"/>
        <source>Key edited</source>
        <translation>Clé modifiée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="12"/>
        <source>Key revoked</source>
        <translation>Clé révoquée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="14"/>
        <source>Key re-activated</source>
        <translation>Clé réactivée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="16"/>
        <source>Key rotated</source>
        <translation>Clé renouvelée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="18"/>
        <source>Key deleted</source>
        <translation>Clé supprimée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="20"/>
        <source>Key about to expire</source>
        <translation>Clé bientôt expirée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="22"/>
        <source>Key expired</source>
        <translation>Clé expirée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="24"/>
        <source>Key found leaked</source>
        <translation>Clé signalée comme divulguée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="26"/>
        <source>Authentication key created</source>
        <translation>Clé d’authentification créée</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="28"/>
        <source>Test event</source>
        <translation>Événement de test</translation>
    </message>
    <message>
        <location filename="../ui/WebhookEventNames.cpp" line="35"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WebhookEventNames.cpp" line="37"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookModel</name>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="23"/>
        <location filename="../ui/WebhookModel.cpp" line="82"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="23"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="78"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="80"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="84"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/WebhookModel.cpp" line="86"/>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhookSecretDialog</name>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="20"/>
        <source>I have stored the signing secret somewhere safe</source>
        <translation>J’ai conservé le secret de signature en lieu sûr</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="24"/>
        <source>New signing secret</source>
        <translation>Nouveau secret de signature</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="24"/>
        <source>Webhook signing secret</source>
        <translation>Secret de signature du webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="26"/>
        <source>This is the signing secret of the webhook to &lt;b&gt;%1&lt;/b&gt;. It is shown &lt;b&gt;only this once&lt;/b&gt;: copy it now into the receiving service&apos;s configuration. Keyward cannot show it again.</source>
        <translation>Voici le secret de signature du webhook vers &lt;b&gt;%1&lt;/b&gt;. Il n’est affiché &lt;b&gt;qu’une seule fois&lt;/b&gt;&#xa0;: copiez-le maintenant dans la configuration du service qui reçoit les événements. Keyward ne pourra plus l’afficher.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="33"/>
        <source>It is a Standard Webhooks signing secret: the receiver checks the webhook-signature header of each delivery with it.</source>
        <translation>C’est un secret de signature Standard Webhooks&#xa0;: le destinataire vérifie avec lui l’en-tête webhook-signature de chaque livraison.</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="43"/>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="49"/>
        <source>Copy signing secret</source>
        <translation>Copier le secret de signature</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WebhookSecretDialog.cpp" line="50"/>
        <source>Copy the signing secret to the clipboard; it is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copier le secret de signature dans le presse-papiers&#xa0;; il est effacé après %n seconde</numerusform>
            <numerusform>Copier le secret de signature dans le presse-papiers&#xa0;; il est effacé après %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="54"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../ui/WebhookSecretDialog.cpp" line="66"/>
        <source>The previous secret keeps signing beside this one until %1, so that the receiver can switch over.</source>
        <translation>L’ancien secret continue de signer à côté de celui-ci jusqu’au %1, pour que le destinataire puisse basculer.</translation>
    </message>
</context>
<context>
    <name>Keyward::WebhooksTab</name>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="37"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="47"/>
        <source>Webhooks of the tenant</source>
        <translation>Webhooks du locataire</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="85"/>
        <source>Webhook actions</source>
        <translation>Actions sur les webhooks</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="132"/>
        <location filename="../ui/WebhooksTab.cpp" line="266"/>
        <source>&amp;New Webhook…</source>
        <translation>&amp;Nouveau webhook…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="133"/>
        <source>Add a URL that Keyward tells when keys change</source>
        <translation>Ajouter une URL que Keyward prévient quand des clés changent</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="134"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="137"/>
        <source>D&amp;isable</source>
        <translation>Dés&amp;activer</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="138"/>
        <source>Stop sending events to the selected webhook</source>
        <translation>Ne plus envoyer d’événements au webhook sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="140"/>
        <source>En&amp;able</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="141"/>
        <source>Send events to the selected webhook again</source>
        <translation>Envoyer de nouveau des événements au webhook sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="142"/>
        <source>&amp;Rotate Secret…</source>
        <translation>&amp;Renouveler le secret…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="144"/>
        <source>Issue a new signing secret; the old one keeps signing for 24 hours</source>
        <translation>Émettre un nouveau secret de signature&#xa0;; l’ancien continue de signer pendant 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="145"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="148"/>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="262"/>
        <source>Loading webhooks…</source>
        <translation>Chargement des webhooks…</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="264"/>
        <source>No webhooks yet. A webhook tells another service when keys are created, revoked, rotated or about to expire.</source>
        <translation>Aucun webhook pour l’instant. Un webhook prévient un autre service quand des clés sont créées, révoquées, renouvelées ou sur le point d’expirer.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="268"/>
        <source>No webhooks yet.</source>
        <translation>Aucun webhook pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="307"/>
        <source>Created the webhook to %1</source>
        <translation>Webhook vers %1 créé</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="336"/>
        <source>Saved the webhook to %1</source>
        <translation>Webhook vers %1 enregistré</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="353"/>
        <source>Enabled the webhook to %1</source>
        <translation>Webhook vers %1 activé</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="354"/>
        <source>Disabled the webhook to %1: it receives no events</source>
        <translation>Webhook vers %1 désactivé&#xa0;: il ne reçoit plus d’événements</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="365"/>
        <source>Rotate signing secret</source>
        <translation>Renouveler le secret de signature</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="366"/>
        <source>Issue a new signing secret for the webhook to %1? The new secret is shown once. The old secret keeps signing beside the new one for 24 hours, so that the receiver can switch over.</source>
        <translation>Émettre un nouveau secret de signature pour le webhook vers %1&#xa0;? Le nouveau secret est affiché une seule fois. L’ancien continue de signer à côté du nouveau pendant 24 heures, pour que le destinataire puisse basculer.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="369"/>
        <source>Rotate Secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="373"/>
        <source>New signing secret for the webhook to %1</source>
        <translation>Nouveau secret de signature pour le webhook vers %1</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="388"/>
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="389"/>
        <source>Delete the webhook to %1 for good? It receives no more events, and its delivery log goes with it.</source>
        <translation>Supprimer définitivement le webhook vers %1&#xa0;? Il ne recevra plus d’événements, et son journal des livraisons disparaît avec lui.</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="391"/>
        <source>Delete Webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhooksTab.cpp" line="396"/>
        <source>Deleted the webhook to %1</source>
        <translation>Webhook vers %1 supprimé</translation>
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
        <location filename="../ui/LoginDialog.ui" line="67"/>
        <source>Use a &amp;recovery code instead</source>
        <translation>Utiliser plutôt un code de &amp;récupération</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="68"/>
        <source>Lost the authenticator? Each recovery code signs in once in place of its code.</source>
        <translation>Application d&apos;authentification perdue&#xa0;? Chaque code de récupération permet de se connecter une seule fois à la place du code de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="74"/>
        <source>Authentication key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="78"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="85"/>
        <source>kw_pat_…</source>
        <translation>kw_pat_…</translation>
    </message>
    <message>
        <location filename="../ui/LoginDialog.ui" line="99"/>
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
        <source>New &amp;recovery codes…</source>
        <translation>Nouveaux codes de &amp;récupération…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="92"/>
        <source>Make ten new one-time codes for signing in without the authenticator; the old ones stop working</source>
        <translation>Créer dix nouveaux codes à usage unique pour vous connecter sans l&apos;application d&apos;authentification&#xa0;; les anciens cessent de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="97"/>
        <source>&amp;Disable…</source>
        <translation>Dé&amp;sactiver…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="98"/>
        <source>Disable two-factor authentication</source>
        <translation>Désactiver l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <location filename="../ui/ProfileTab.ui" line="99"/>
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
    <name>WebhookDialog</name>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="6"/>
        <source>New Webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="12"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="20"/>
        <source>Where Keyward sends the events: an https address the server can reach</source>
        <translation>Où Keyward envoie les événements&#xa0;: une adresse https que le serveur peut joindre</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="25"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="32"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="37"/>
        <source>E&amp;vents:</source>
        <translation>Év&amp;énements&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="43"/>
        <source>&amp;All events</source>
        <translation>&amp;Tous les événements</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="45"/>
        <source>Every event type Keyward sends</source>
        <translation>Tous les types d’événements envoyés par Keyward</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="50"/>
        <source>Event types</source>
        <translation>Types d’événements</translation>
    </message>
    <message>
        <location filename="../ui/WebhookDialog.ui" line="56"/>
        <source>&amp;Enabled: send events to this URL</source>
        <translation>&amp;Activé&#xa0;: envoyer les événements à cette URL</translation>
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
