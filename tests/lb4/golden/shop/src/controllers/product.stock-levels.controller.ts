import {
  Count,
  CountSchema,
  Filter,
  repository,
  Where,
} from '@loopback/repository';
import {
  del,
  get,
  getModelSchemaRef,
  getWhereSchemaFor,
  param,
  post,
  requestBody,
  response,
} from '@loopback/rest';
import {StockLevel} from '../models';
import {ProductRepository} from '../repositories';

// LoopBack 3's endpoints of Product.stockLevels, at its paths (/Products/{id}/stockLevels).
export class ProductStockLevelsController {
  constructor(
    @repository(ProductRepository)
    protected productRepository: ProductRepository,
  ) {}

  @get('/Products/{id}/stockLevels')
  @response(200, {
    description: 'Product.stockLevels',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(StockLevel),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<StockLevel>,
  ): Promise<StockLevel[]> {
    const source = await this.productRepository.findById(id);
    return this.productRepository.stockLevels(source.sku).find(filter);
  }

  @post('/Products/{id}/stockLevels')
  @response(200, {
    description: 'Product.stockLevels: the new StockLevel',
    content: {
      'application/json': {
        schema: getModelSchemaRef(StockLevel),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(StockLevel, {
            title: 'NewStockLevelInProduct',
            exclude: ['id'],
          }),
        },
      },
    })
    stockLevel: Omit<StockLevel, 'id'>,
  ): Promise<StockLevel> {
    const source = await this.productRepository.findById(id);
    return this.productRepository.stockLevels(source.sku).create(stockLevel);
  }

  @del('/Products/{id}/stockLevels')
  @response(200, {
    description: 'Product.stockLevels: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(StockLevel))
    where?: Where<StockLevel>,
  ): Promise<Count> {
    const source = await this.productRepository.findById(id);
    return this.productRepository.stockLevels(source.sku).delete(where);
  }
}
