# newskg: the service in one image. The NLP models come inside the pip packages (natasha, slovnet,
# navec), so nothing is downloaded at run time. The store lives in the volume /data.
#   docker build -t newskg .
#   docker run -p 5000:5000 -v newskg-data:/data -e KG_BASE=http://localhost:5000/ newskg

# The query page's editor (YASGUI) from npm, as package-lock.json pins it.
FROM node:20-slim AS web
WORKDIR /web
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.txt ./
RUN pip install -r requirements.txt
# the source tree as the project lays it out: shapes/ and node_modules/ are read beside kg/
COPY pyproject.toml README.md LICENSE ./
COPY kg ./kg
COPY server ./server
COPY shapes ./shapes
COPY examples ./examples
COPY --from=web /web/node_modules ./node_modules
RUN pip install --no-deps -e . \
 && useradd --uid 10001 --create-home --shell /usr/sbin/nologin newskg \
 && mkdir -p /data && chown newskg:newskg /data
USER newskg
VOLUME ["/data"]
ENV KG_STORE=/data/store KG_HOST=0.0.0.0 KG_PORT=5000
EXPOSE 5000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:5000/readyz', timeout=4)"
CMD ["kg", "serve"]
